#include "audit/EntryFingerprint.h"

#include "dossier/Access.h"

namespace inzage {

QString describeRevision(int rev, const QString& label, const QString& section, std::int64_t spokenToCount,
    bool visibleToParent, const QString& text)
{
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
