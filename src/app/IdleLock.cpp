#include "IdleLock.h"

#include <QEvent>

namespace inzage::app {

namespace {

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
        return true;
    default:
        return false;
    }
}

} // namespace

IdleLock::IdleLock(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(std::chrono::minutes(10));
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::expired);
}

void IdleLock::arm()
{
    m_timer.start();
}

void IdleLock::disarm()
{
    m_timer.stop();
}

void IdleLock::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
    if (m_timer.isActive())
        m_timer.start();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    if (m_timer.isActive() && isInput(event->type()))
        m_timer.start(); // restarts: the idle time counts from the last input
    return QObject::eventFilter(watched, event);
}

} // namespace inzage::app
