#include "AppointmentModel.h"

#include "Wording.h"

#include "dossier/AppointmentState.h"
#include "dossier/CaseFile.h"
#include "dossier/Persons.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace inzage::app {

namespace {

QString whenInWords(const QString& iso)
{
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODate);
    if (dt.isValid() && iso.size() > 10)
        return QLocale().toString(dt, QStringLiteral("d MMMM yyyy, HH:mm"));
    return dateInWords(iso);
}

} // namespace

AppointmentModel::AppointmentModel(QObject* parent) : QAbstractListModel(parent) {}

void AppointmentModel::setVault(Vault* vault)
{
    beginResetModel();
    m_rows.clear();
    m_with.clear();
    if (vault) {
        const Actor reader {QStringLiteral("app"), vault->role()};
        if (auto rows = CaseFile(*vault, reader).appointments())
            m_rows = std::move(*rows);
        Persons persons(*vault, reader);
        for (const Appointment& a : m_rows) {
            QString with;
            if (a.personId)
                if (auto p = persons.get(*a.personId))
                    with = p->shielded ? QCoreApplication::translate("Wording", "Afgeschermde bron") : p->name;
            m_with.push_back(with);
        }
    }
    endResetModel();
}

int AppointmentModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QVariant AppointmentModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Appointment& a = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case DescriptionRole:
        return a.description;
    case WhenRole:
        return whenInWords(a.plannedAt);
    case KindRole:
        return a.kind == AppointmentKind::Toezegging ? QCoreApplication::translate("AppointmentModel", "Toezegging")
                                                     : QCoreApplication::translate("AppointmentModel", "Afspraak");
    case StatusRole:
        return toString(appointmentState(a, QDate::currentDate()));
    case StatusTextRole: {
        QString text;
        switch (a.status) {
        case AppointmentStatus::Gepland:
            switch (appointmentState(a, QDate::currentDate())) {
            case AppointmentState::TeLaat:
                text = QCoreApplication::translate("AppointmentModel", "Te laat: nog niet nagekomen");
                break;
            case AppointmentState::Open:
                text = QCoreApplication::translate("AppointmentModel", "Open");
                break;
            default:
                text = QCoreApplication::translate("AppointmentModel", "Gepland");
                break;
            }
            break;
        case AppointmentStatus::Gehouden:
            text = QCoreApplication::translate("AppointmentModel", "Is doorgegaan");
            break;
        case AppointmentStatus::Afgezegd:
            text = QCoreApplication::translate("AppointmentModel", "Afgezegd, nog geen nieuwe afspraak");
            break;
        case AppointmentStatus::Ingehaald: {
            text = QCoreApplication::translate("AppointmentModel", "Afgezegd, ingehaald");
            for (const Appointment& other : m_rows)
                if (other.makesUpId == a.id)
                    text = QCoreApplication::translate("AppointmentModel", "Afgezegd, ingehaald op %1")
                               .arg(whenInWords(other.plannedAt));
            break;
        }
        case AppointmentStatus::Nagekomen:
            text = QCoreApplication::translate("AppointmentModel", "Nagekomen");
            break;
        case AppointmentStatus::NietNagekomen:
            text = QCoreApplication::translate("AppointmentModel", "Niet nagekomen");
            break;
        }
        if (!a.statusNote.isEmpty())
            text += QStringLiteral(" — %1").arg(a.statusNote);
        return text;
    }
    case WithRole:
        return m_with[std::size_t(index.row())];
    case NumberRole:
        return int(a.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> AppointmentModel::roleNames() const
{
    return {{DescriptionRole, "description"}, {WhenRole, "when"},           {KindRole, "kind"},
            {StatusRole, "status"},           {StatusTextRole, "statusText"}, {WithRole, "withWhom"},
            {NumberRole, "number"}};
}

} // namespace inzage::app
