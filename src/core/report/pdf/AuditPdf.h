#pragma once

#include "audit/AuditReport.h"
#include "common/Status.h"

#include <QCoreApplication>
#include <QIODevice>

namespace inzage {

// The reviewer's audit report as a PDF (A4, fonts embedded): where and when it was read (file,
// chain head, sample seed), the figures, who was spoken to, the answers against the AVG deadline,
// every finding with its severity, entry and rule, the reviewer's flags and the sample with a
// checklist to tick. The chain head and the seed stand on every page. Needs a QGuiApplication.
class AuditPdf {
    Q_DECLARE_TR_FUNCTIONS(inzage::AuditPdf)

public:
    static Result<int> render(const AuditReportContent& content, QIODevice& out);
    static QString html(const AuditReportContent& content);
};

} // namespace inzage
