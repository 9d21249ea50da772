// The case file's rules speak the reader's language too: a refused visibility word, a name that
// fits two people and a label's display name come out in English under the app's English
// translator and in Dutch (the source language) without it; the stored words and codes stay put.

#include "AppTestSupport.h"

#include "dossier/Audience.h"
#include "dossier/Persons.h"
#include "dossier/Vocabulary.h"

#include <QTranslator>

#include <cstring>

using namespace inzage;
using namespace inzage::test;

namespace {

SecureBytes secret(const char* s)
{
    return SecureBytes(s, std::strlen(s));
}

// The English translator for the lifetime of one scope.
class English {
public:
    English()
    {
        REQUIRE(m_translator.load(QStringLiteral(":/i18n/inzage_en.qm")));
        REQUIRE(QCoreApplication::installTranslator(&m_translator));
    }
    ~English() { QCoreApplication::removeTranslator(&m_translator); }
    English(const English&) = delete;
    English& operator=(const English&) = delete;

private:
    QTranslator m_translator;
};

} // namespace

TEST_CASE("a refused visibility word is explained in English under the English translator, in Dutch without", "[i18n]")
{
    auto dutch = parseVisibility(QStringLiteral("misschien"));
    REQUIRE_FALSE(dutch.isOk());
    CHECK(dutch.code() == ErrorCode::InvalidInput);
    CHECK(dutch.message()
        == QStringLiteral("'misschien' zegt niet duidelijk of de ouder dit mag zien. Toegestaan: zichtbaar: ja, yes, "
                          "1, zichtbaar; niet zichtbaar: nee, no, 0, verborgen, intern."));

    QString english;
    {
        English en;
        auto translated = parseVisibility(QStringLiteral("misschien"));
        REQUIRE_FALSE(translated.isOk());
        CHECK(translated.code() == ErrorCode::InvalidInput); // the code a program tests does not change
        english = translated.message();
        // The words a professional types stay the words the core accepts, whatever the language.
        CHECK(parseVisibility(QStringLiteral("verborgen")).isOk());
    }
    CHECK(english.startsWith(QStringLiteral("'misschien' does not say clearly whether the parent may see this.")));
    CHECK(english.contains(QStringLiteral("nee, no, 0, verborgen, intern")));
    CHECK_FALSE(english.contains(QStringLiteral("zegt niet duidelijk")));
}

TEST_CASE("a name that fits two people is refused in English under the English translator, in Dutch without", "[i18n]")
{
    DemoFolder demo;
    auto vault = Vault::open(demo.files.professional, secret(kProfessionalPassphrase));
    INFO(str(vault.message()));
    REQUIRE(vault.isOk());
    const Actor professional {QStringLiteral("J. de Vries"), Role::Professional};
    Persons persons(**vault, professional);
    for (PersonRole role : {PersonRole::Informant, PersonRole::Professional}) {
        Person p;
        p.name = QStringLiteral("Kim Jansen");
        p.role = role;
        REQUIRE(persons.add(p).isOk());
    }
    PersonRef ref;
    ref.nameOrId = QStringLiteral("Kim Jansen");

    auto dutch = persons.resolve(ref);
    CHECK(dutch.code() == ErrorCode::InvalidInput);
    CHECK(dutch.message()
        == QStringLiteral("Er zijn 2 personen met de naam 'Kim Jansen'. Zeg welke met de rol of met het nummer "
                          "(#id)."));

    QString english;
    {
        English en;
        auto translated = persons.resolve(ref);
        CHECK(translated.code() == ErrorCode::InvalidInput);
        english = translated.message();
    }
    // The message names no command-line option (the CLI adds its own hint); its English is the
    // lead's to word, so only its start and the number are pinned here.
    CHECK(english.startsWith(QStringLiteral("There are 2 people named 'Kim Jansen'.")));
    CHECK(english.contains(QStringLiteral("#id")));
    CHECK_FALSE(english.contains(QStringLiteral("--")));
}

TEST_CASE("a label is shown as a fact in English and as a feit in Dutch, and its stored word stays Dutch", "[i18n]")
{
    CHECK(displayName(Label::Feit) == QStringLiteral("Feit"));
    CHECK(displayName(Label::Onbeoordeeld) == QStringLiteral("Nog niet beoordeeld"));
    English en;
    CHECK(displayName(Label::Feit) == QStringLiteral("Fact"));
    CHECK(displayName(Label::Onbeoordeeld) == QStringLiteral("Not yet assessed"));
    CHECK(toString(Label::Feit) == QStringLiteral("feit"));
}
