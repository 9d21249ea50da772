#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>

class QTextToSpeech;

namespace inzage::app {

// "Lees voor": reads an entry or a page aloud with Qt TextToSpeech (speech-dispatcher with
// espeak-ng on Debian), in a voice of the app's language. When no engine or no voice for the
// language is there (a computer without speech, CI), `available` is false and `status` says so in
// plain words; nothing else changes. The text read comes from ReadingText, the same text a screen
// reader gets from the entry card. INZAGE_SPEECH_ENGINE names the engine (tests: "none").
class ReadAloud final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadAloud)
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    // "" when reading aloud works, else why not (shown beside the disabled button).
    Q_PROPERTY(QString status READ status NOTIFY availableChanged)
    Q_PROPERTY(bool speaking READ speaking NOTIFY speakingChanged)
    // What is being read: the key given to say() ("entry:12", "page:2"), "" when silent.
    Q_PROPERTY(QString speakingKey READ speakingKey NOTIFY speakingChanged)

public:
    explicit ReadAloud(QObject* parent = nullptr);
    ~ReadAloud() override;

    // "nl" or "en": picks the voice; without a voice for it, reading aloud is off (and says why).
    void setLanguage(const QString& code);

    Q_INVOKABLE void say(const QString& key, const QString& text);
    Q_INVOKABLE void stop();
    // The card's texts (ReadingText::entry): {name, description, text}.
    Q_INVOKABLE QVariantMap entryReading(const QVariantMap& entry) const;
    Q_INVOKABLE QString pageReading(const QString& title, const QStringList& parts) const;

    bool available() const { return m_status.isEmpty(); }
    QString status() const { return m_status; }
    bool speaking() const { return !m_key.isEmpty(); }
    QString speakingKey() const { return m_key; }

Q_SIGNALS:
    void availableChanged();
    void speakingChanged();

private:
    void start();
    void setStatus(const QString& status);
    void setKey(const QString& key);

    std::unique_ptr<QTextToSpeech> m_speech;
    QString m_language = QStringLiteral("nl");
    QString m_status;
    QString m_key;
};

} // namespace inzage::app
