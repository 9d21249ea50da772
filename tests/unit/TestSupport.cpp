#include "TestSupport.h"

#include <QFile>

namespace inzage::test {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace inzage::test
