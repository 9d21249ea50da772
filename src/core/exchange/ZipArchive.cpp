#include "exchange/ZipArchive.h"

#include <zip.h>

namespace inzage {

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

Status ZipArchive::open(const QByteArray& bytes, const QString& what)
{
    m_what = what;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* src = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    if (src)
        m_zip = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!m_zip) {
        if (src)
            zip_source_free(src);
        zip_error_fini(&error);
        return Status(ErrorCode::InvalidInput,
            tr("Dit %1 is beschadigd: het is geen geldig zip-pakket. Open het in de tekstverwerker, "
               "sla het opnieuw op en importeer het dan.")
                .arg(what));
    }
    zip_error_fini(&error);
    return Status::ok();
}

bool ZipArchive::contains(const QString& name) const
{
    return m_zip && zip_name_locate(m_zip, name.toUtf8().constData(), 0) >= 0;
}

Result<QByteArray> ZipArchive::read(const QString& name) const
{
    const QByteArray utf8Name = name.toUtf8();
    zip_stat_t st;
    zip_stat_init(&st);
    if (!m_zip || zip_stat(m_zip, utf8Name.constData(), 0, &st) != 0)
        return Status(ErrorCode::NotFound, tr("Dit %1 mist het onderdeel %2.").arg(m_what, name));
    const auto tooBig = [&] {
        return Status(ErrorCode::InvalidInput,
            tr("Dit %1 pakt uit tot meer dan %2 MB of is verdacht sterk ingepakt (meer dan %3 keer): "
               "het wordt niet gelezen, om de computer te beschermen. Is het een echt document, sla "
               "het dan op zonder ingesloten afbeeldingen of splits het.")
                .arg(m_what)
                .arg(kMaxPartSize / (std::int64_t {1024} * 1024))
                .arg(kMaxRatio));
    };
    const std::int64_t packed = (st.valid & ZIP_STAT_COMP_SIZE) ? std::int64_t(st.comp_size) : 0;
    zip_file_t* file = zip_fopen(m_zip, utf8Name.constData(), 0);
    if (!file)
        return Status(ErrorCode::InvalidInput,
            tr("Het onderdeel %1 van dit %2 kan niet worden uitgepakt (beschadigd of versleuteld).").arg(name, m_what));
    QByteArray out;
    char buffer[64 * 1024];
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
        if (n < 0) {
            zip_fclose(file);
            return Status(ErrorCode::InvalidInput,
                tr("Het onderdeel %1 van dit %2 is beschadigd. Sla het document opnieuw op en probeer "
                   "het nog eens.")
                    .arg(name, m_what));
        }
        if (n == 0)
            break;
        const std::int64_t total = std::int64_t(out.size()) + n;
        if (total > kMaxPartSize || (total > kRatioFloor && total > kMaxRatio * std::max<std::int64_t>(packed, 1))) {
            zip_fclose(file);
            return tooBig();
        }
        out.append(buffer, qsizetype(n));
    }
    zip_fclose(file);
    return out;
}

} // namespace inzage
