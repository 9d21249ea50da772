#include "AppTestSupport.h"

#include <QMutex>
#include <QStringList>

namespace inzage::test {

namespace {

QMutex gMutex;
QStringList gComplaints;
QtMessageHandler gPrevious = nullptr;
int gWatchers = 0;

void collect(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (context.category && qstrcmp(context.category, "qt.modeltest") == 0 && type >= QtWarningMsg) {
        QMutexLocker lock(&gMutex);
        gComplaints << message;
        return;
    }
    if (gPrevious)
        gPrevious(type, context, message);
}

} // namespace

ModelCheck::ModelCheck(QAbstractItemModel* model)
{
    {
        QMutexLocker lock(&gMutex);
        if (gWatchers++ == 0) {
            gComplaints.clear();
            gPrevious = qInstallMessageHandler(collect);
        }
    }
    m_tester
        = std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Warning);
}

ModelCheck::~ModelCheck()
{
    m_tester.reset();
    QMutexLocker lock(&gMutex);
    if (--gWatchers == 0)
        qInstallMessageHandler(gPrevious);
}

QString ModelCheck::complaints() const
{
    QMutexLocker lock(&gMutex);
    return gComplaints.join(QLatin1Char('\n'));
}

QList<QVariantMap> snapshot(const QAbstractItemModel& model)
{
    QList<QVariantMap> rows;
    const auto roles = model.roleNames();
    for (int r = 0; r < model.rowCount(); ++r) {
        QVariantMap row;
        for (auto it = roles.begin(); it != roles.end(); ++it)
            row.insert(QString::fromUtf8(it.value()), model.data(model.index(r, 0), it.key()));
        rows << row;
    }
    return rows;
}

} // namespace inzage::test
