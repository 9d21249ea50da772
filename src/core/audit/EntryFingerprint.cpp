#include "audit/EntryFingerprint.h"

#include "dossier/Access.h"

namespace inzage {

QString describeRevision(int rev, const QString& label, const QString& section, std::int64_t spokenToCount,
    bool visibleToParent, const QString& text)
{
    // Concatenated: QString::arg parsed the pattern five times an entry (a large part of verifying
    // and sealing 100,000 entries). A '%' in label or section fed the later arg() calls, so such a
    // revision keeps the old way to describe it byte for byte.
    if (!label.contains(QLatin1Char('%')) && !section.contains(QLatin1Char('%')))
        return QLatin1String("rev=") + QString::number(rev) + QLatin1String("; label=") + label
            + QLatin1String("; section=") + section + QLatin1String("; spoken_to=") + QString::number(qint64(spokenToCount))
            + QLatin1String("; visible=") + QLatin1Char(visibleToParent ? '1' : '0') + QLatin1String("; text=")
            + textFingerprint(text);
    return QStringLiteral("rev=%1; label=%2; section=%3; spoken_to=%4; visible=%5; text=%6")
        .arg(rev)
        .arg(label, section)
        .arg(qint64(spokenToCount))
        .arg(visibleToParent ? 1 : 0)
        .arg(textFingerprint(text));
}

QString describeRevision(const EntryContent& c, int rev)
{
    return describeRevision(
        rev, toString(c.label), c.section, std::int64_t(c.spokenTo.size()), c.visibleToParent, c.text);
}

} // namespace inzage
