#include "audit/KeyedLines.h"

namespace inzage {

QByteArray KeyedLines::line(const char* name, const QByteArray& value)
{
    return QByteArray(name) + ' ' + value + '\n';
}

QByteArray KeyedLines::header(const char* magic, int version)
{
    return QByteArray(magic) + ' ' + QByteArray::number(version) + '\n';
}

QByteArray KeyedLines::fromHex(const QByteArray& text, int bytes)
{
    if (text.size() != 2 * qsizetype(bytes))
        return {};
    for (const char c : text) {
        const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!hex)
            return {};
    }
    return QByteArray::fromHex(text);
}

QByteArray KeyedLines::value(const char* name) const
{
    for (const auto& [n, v] : fields)
        if (n == name)
            return v;
    return {};
}

bool KeyedLines::has(const char* name) const
{
    for (const auto& f : fields)
        if (f.first == name)
            return true;
    return false;
}

Result<KeyedLines> KeyedLines::parse(
    const QByteArray& bytes, const char* magic, int version, const std::vector<Field>& expected, const QString& what)
{
    auto refuse = [&](const QString& why) {
        return Status(ErrorCode::InvalidInput, tr("Dit is geen geldig %1: %2").arg(what, why));
    };
    if (bytes.contains('\0') || bytes.contains('\r'))
        return refuse(tr("het bevat tekens die er niet in horen."));
    if (!bytes.endsWith('\n'))
        return refuse(tr("de laatste regel is niet af."));
    const QList<QByteArray> lines = bytes.left(bytes.size() - 1).split('\n');
    const QByteArray first = QByteArray(magic) + ' ';
    if (lines.isEmpty() || !lines.first().startsWith(first))
        return refuse(tr("de eerste regel hoort '%1 %2' te zijn.").arg(QString::fromLatin1(magic)).arg(version));
    bool ok = false;
    const int v = lines.first().mid(first.size()).toInt(&ok);
    if (!ok || v < 1)
        return refuse(tr("de eerste regel hoort '%1 %2' te zijn.").arg(QString::fromLatin1(magic)).arg(version));
    if (v > version)
        return Status(ErrorCode::NewerFormat,
            tr("Dit %1 is gemaakt door een nieuwere versie van Inzage (versie %2). Werk Inzage bij.").arg(what).arg(v));
    KeyedLines out;
    std::size_t next = 0;
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray& l = lines.at(i);
        const qsizetype space = l.indexOf(' ');
        const QByteArray name = space < 0 ? l : l.left(space);
        while (next < expected.size() && expected[next].optional && name != expected[next].name)
            ++next;
        if (next >= expected.size() || name != expected[next].name || space < 0)
            return refuse(
                tr("regel %1 ('%2') hoort er niet (of niet daar).").arg(i + 1).arg(QString::fromUtf8(name.left(40))));
        out.fields.emplace_back(name, l.mid(space + 1));
        ++next;
    }
    while (next < expected.size() && expected[next].optional)
        ++next;
    if (next < expected.size())
        return refuse(tr("de regel '%1' ontbreekt.").arg(QString::fromLatin1(expected[next].name)));
    return out;
}

} // namespace inzage
