#pragma once

#include "dossier/Model.h"

#include <QAbstractListModel>

#include <vector>

namespace inzage {
class Vault;
}

namespace inzage::app {

// Agreed appointments and promises, and what became of them (a cancelled one shows when it
// was made up).
class AppointmentModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppointmentModel)

public:
    enum Role {
        DescriptionRole = Qt::UserRole + 1, // what was agreed
        WhenRole,                           // planned date and time, in words
        KindRole,                           // "Afspraak" or "Toezegging"
        StatusRole,                         // appointmentState(): gepland, gehouden, afgezegd, ingehaald, open, te-laat, nagekomen, niet-nagekomen
        StatusTextRole,                     // the outcome in plain words, incl. when it was made up
        WithRole,                           // with whom
        NumberRole,                         // its id, as the professional's forms name it
    };
    Q_ENUM(Role)

    explicit AppointmentModel(QObject* parent = nullptr);
    void setVault(Vault* vault);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<Appointment> m_rows;
    std::vector<QString> m_with;
};

} // namespace inzage::app
