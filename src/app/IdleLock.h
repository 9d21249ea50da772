#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace inzage::app {

// Notices when nobody has touched the keyboard or the mouse for a while, so the app can lock
// itself at home where others may walk up to the screen. It watches every event of the
// application (installed as an event filter on it) and restarts its timer on key and mouse
// input; it never reads what was typed. It runs only while armed (a dossier is open).
class IdleLock final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleLock)

public:
    explicit IdleLock(QObject* parent = nullptr);

    void arm();
    void disarm();
    bool armed() const { return m_timer.isActive(); }
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_timer.intervalAsDuration(); }

    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    // Nobody did anything for interval() while armed; the lock disarms itself first.
    void expired();

private:
    QTimer m_timer;
};

} // namespace inzage::app
