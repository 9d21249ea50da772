#include "ReadAloud.h"

#include "ReadingText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextToSpeech>

namespace inzage::app {

namespace {

QString noSpeech()
{
    return QCoreApplication::translate("ReadAloud",
                                       "Voorlezen werkt niet op deze computer: er is geen spraakprogramma geïnstalleerd.");
}

} // namespace

ReadAloud::ReadAloud(QObject* parent) : QObject(parent)
{
    start();
}

ReadAloud::~ReadAloud() = default;

void ReadAloud::start()
{
    const QString wanted = qEnvironmentVariable("INZAGE_SPEECH_ENGINE");
    const QStringList engines = QTextToSpeech::availableEngines();
    if (wanted == QLatin1String("none") || engines.isEmpty() || (!wanted.isEmpty() && !engines.contains(wanted))) {
        setStatus(noSpeech());
        return;
    }
    m_speech = std::make_unique<QTextToSpeech>(wanted.isEmpty() ? engines.constFirst() : wanted);
    if (m_speech->state() == QTextToSpeech::Error) {
        m_speech.reset();
        setStatus(noSpeech());
        return;
    }
    connect(m_speech.get(), &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        if (state == QTextToSpeech::Ready || state == QTextToSpeech::Error)
            setKey({});
        if (state == QTextToSpeech::Error)
            setStatus(QCoreApplication::translate("ReadAloud", "Voorlezen lukte niet: het spraakprogramma geeft een fout."));
    });
    setLanguage(m_language);
}

void ReadAloud::setLanguage(const QString& code)
{
    m_language = code == QLatin1String("en") ? code : QStringLiteral("nl");
    if (!m_speech)
        return;
    const QLocale::Language language = m_language == QLatin1String("en") ? QLocale::English : QLocale::Dutch;
    const QList<QLocale> locales = m_speech->availableLocales();
    for (const QLocale& l : locales) {
        if (l.language() == language) {
            m_speech->setLocale(l);
            setStatus({});
            return;
        }
    }
    // A Dutch text in an English voice is not understood: better to say there is no voice.
    setStatus(m_language == QLatin1String("en")
                  ? QCoreApplication::translate("ReadAloud", "Voorlezen werkt niet: er is geen Engelse stem op deze computer.")
                  : QCoreApplication::translate("ReadAloud", "Voorlezen werkt niet: er is geen Nederlandse stem op deze computer."));
}

void ReadAloud::say(const QString& key, const QString& text)
{
    if (!m_speech || !available() || text.trimmed().isEmpty())
        return;
    m_speech->stop();
    setKey(key);
    m_speech->say(text);
}

void ReadAloud::stop()
{
    if (m_speech)
        m_speech->stop();
    setKey({});
}

QVariantMap ReadAloud::entryReading(const QVariantMap& entry) const
{
    const EntryReading r = ReadingText::entry(entry);
    return {{QStringLiteral("name"), r.name}, {QStringLiteral("description"), r.description},
            {QStringLiteral("text"), r.text()}};
}

QString ReadAloud::pageReading(const QString& title, const QStringList& parts) const
{
    return ReadingText::page(title, parts);
}

void ReadAloud::setStatus(const QString& status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT availableChanged();
}

void ReadAloud::setKey(const QString& key)
{
    if (key == m_key)
        return;
    m_key = key;
    Q_EMIT speakingChanged();
}

} // namespace inzage::app
