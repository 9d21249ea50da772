#include "text/LabelHints.h"

#include "text/HintContext.h"
#include "text/HintFraming.h"
#include "text/HintWords.h"
#include "text/PersonMentions.h"

#include <QSet>

#include <algorithm>
#include <optional>

namespace inzage {

using namespace hints;

namespace {

QString quoted(const QString& s)
{
    return QStringLiteral("'%1'").arg(s);
}

// The sentence as the rules see it: tokens, the people named in it, and the words that belong to a
// name ("Veilig Thuis" is no judgement about safety).
struct Sentence {
    std::vector<Token> tokens;
    std::vector<Mention> mentions;
    std::vector<bool> blocked;

    explicit Sentence(const QString& text)
        : tokens(tokenize(text))
        , mentions(findMentions(tokens))
    {
        blocked.assign(tokens.size(), false);
        for (const Mention& m : mentions) {
            if (m.pronoun)
                continue;
            for (qsizetype i = m.begin; i < m.end; ++i)
                blocked[std::size_t(i)] = true;
        }
    }
    Match find(const std::vector<const char*>& list) const { return findFirst(tokens, list, blocked); }
    Match findAnywhere(const std::vector<const char*>& list) const
    {
        return findFirst(tokens, list, std::vector<bool>(tokens.size(), false));
    }
};

bool afterPreposition(const Sentence& s, const Mention& m)
{
    static const QSet<QString> preps { QStringLiteral("door"), QStringLiteral("met"), QStringLiteral("aan"),
        QStringLiteral("bij"), QStringLiteral("over"), QStringLiteral("tegen"), QStringLiteral("naar"),
        QStringLiteral("voor"), QStringLiteral("tot"), QStringLiteral("zonder"), QStringLiteral("van"),
        QStringLiteral("op") };
    return m.begin > 0 && preps.contains(s.tokens.at(std::size_t(m.begin - 1)).word);
}

// The one who speaks or judges in a cue: after "volgens"/"aldus"; otherwise the nearest person
// named before the verb who is not the object of a preposition, else one right after it
// ("Op 3 maart vertelde de moeder dat …").
std::optional<Mention> speakerOf(const Sentence& s, const Match& cue, bool after)
{
    if (after) {
        for (const Mention& m : s.mentions) {
            if (m.begin >= cue.end && m.begin <= cue.end + 1)
                return m;
        }
        // "volgens Noor": a bare name right after the cue.
        if (cue.end < qsizetype(s.tokens.size()) && s.tokens.at(std::size_t(cue.end)).capital) {
            Mention m;
            m.begin = cue.end;
            m.end = cue.end + 1;
            m.name = s.tokens.at(std::size_t(cue.end)).text;
            m.key = s.tokens.at(std::size_t(cue.end)).word;
            return m;
        }
        return std::nullopt;
    }
    std::optional<Mention> before;
    for (const Mention& m : s.mentions) {
        if (m.end <= cue.begin && cue.begin - m.end <= 8 && !afterPreposition(s, m))
            before = m;
    }
    if (before)
        return before;
    for (const Mention& m : s.mentions) {
        if (m.begin >= cue.end && m.begin <= cue.end + 2 && !afterPreposition(s, m))
            return m;
    }
    // "Noor vertelt", "Noor heeft verteld": a capitalised word just before the verb.
    static const QSet<QString> aux { QStringLiteral("heeft"), QStringLiteral("hebben"), QStringLiteral("had"),
        QStringLiteral("is"), QStringLiteral("was"), QStringLiteral("ook"), QStringLiteral("zelf"),
        QStringLiteral("nog") };
    qsizetype i = cue.begin - 1;
    while (i >= 0 && aux.contains(s.tokens.at(std::size_t(i)).word))
        --i;
    if (i >= 0 && s.tokens.at(std::size_t(i)).capital && !s.tokens.at(std::size_t(i)).word.at(0).isDigit()) {
        static const QSet<QString> notNames { QStringLiteral("er"), QStringLiteral("dit"), QStringLiteral("dat"),
            QStringLiteral("daarnaast"), QStringLiteral("verder"), QStringLiteral("ook"), QStringLiteral("tevens"),
            QStringLiteral("het"), QStringLiteral("hierover"), QStringLiteral("daarover"),
            QStringLiteral("desgevraagd"), QStringLiteral("zo") };
        if (!notNames.contains(s.tokens.at(std::size_t(i)).word)) {
            Mention m;
            m.begin = i;
            m.end = i + 1;
            m.name = s.tokens.at(std::size_t(i)).text;
            m.key = s.tokens.at(std::size_t(i)).word;
            return m;
        }
    }
    return std::nullopt;
}

// "zij" and "hij" speak for whoever spoke last in this part of the document.
QString nameOf(const std::optional<Mention>& m, const HintContext& ctx)
{
    if (!m)
        return ctx.framing().active() ? ctx.framing().speaker : ctx.lastSpeaker();
    if (m->pronoun)
        return ctx.framing().active() && !ctx.framing().speaker.isEmpty() ? ctx.framing().speaker : ctx.lastSpeaker();
    return m->display();
}

bool isFramingSentence(const Sentence& s, const QString& text)
{
    const QString t = text.trimmed();
    if (t.endsWith(QLatin1Char(':')))
        return true;
    static const std::vector<const char*> framing { "het volgende", "het navolgende", "als volgt",
        "onder meer het volgende", "de volgende feiten", "van de volgende" };
    return s.findAnywhere(framing).found();
}

LabelHint hint(Label label, const QString& reason, const QString& spokenTo = {})
{
    return { label, reason, spokenTo };
}

LabelHint decide(const Sentence& s, HintContext& ctx)
{
    const DocumentKind kind = ctx.kind();
    const bool court = kind == DocumentKind::Court;
    if (court) {
        // In a decision a party's account names the party in every other sentence ("De moeder
        // meent …"); the account ends when the court speaks in its own name ("Het hof …").
        if (ctx.framing().active() && ctx.framing().label == Label::Bron && opensWithAuthor(s.mentions, kind))
            ctx.endFraming();
        const PartyAccount account = announcedAccount(s.tokens, s.mentions, s.blocked, kind);
        if (account.found) {
            // The reason reuses an existing text (translations are made at the merge).
            return hint(Label::Bron, LabelHints::tr("weergave van wat iemand zei: %1").arg(quoted(account.shown)),
                account.speaker);
        }
    } else if (ctx.framing().active() && !s.mentions.empty() && s.mentions.front().begin == 0
        && !s.mentions.front().pronoun && s.mentions.front().display() == ctx.framing().speaker) {
        // In a report the author speaks again when a sentence opens with the framed speaker by name
        // or role ("De moeder maakt een open indruk"), not with "zij".
        ctx.endFraming();
    }
    // A verb that is part of how the contact itself is described ("het gesprek vond plaats") is
    // no one's opinion or words.
    const Match contact = s.find(cues::contact());
    const Match takesPlace = s.find(cues::takesPlace());
    const auto outsideContact = [&](Match m) {
        if (m.found() && takesPlace.found() && m.begin >= takesPlace.begin && m.begin < takesPlace.end)
            return Match {};
        return m;
    };
    const Match judgement = outsideContact(s.find(cues::judgement()));
    Match according = s.find(cues::according());
    // "Ter zitting zijn verschenen: … de jeugdbeschermer namens de GI" says who came, not who spoke.
    if (according.found() && according.shown == QLatin1String("namens")
        && (contact.found() || s.find(cues::observation()).found()))
        according = {};
    const Match speech = outsideContact(s.find(cues::speech()));

    std::optional<Mention> accordingTo;
    if (according.found())
        accordingTo = speakerOf(s, according, true);

    // The author's own judgement: "De rechtbank overweegt", "De Raad is van mening", "Naar het
    // oordeel van de rechtbank" (the holder follows "van"), or a judgement without a subject.
    if (judgement.found()) {
        const bool ofForm = judgement.shown.startsWith(QLatin1String("naar het oordeel"));
        const Mention* inverted = subjectInside(s.mentions, judgement);
        const std::optional<Mention> holder
            = inverted ? std::optional<Mention>(*inverted) : speakerOf(s, judgement, ofForm);
        // Without a subject ("Er zijn zorgen", "Het is noodzakelijk …") the author judges, unless the
        // sentence stands in what someone else is telling.
        const bool byAuthor
            = holder ? holder->isAuthor(kind) : !ctx.framing().active() && ctx.section().label != Label::Bron;
        if (byAuthor && !(accordingTo && !accordingTo->isAuthor(kind))) {
            ctx.endFraming();
            return hint(Label::Mening, LabelHints::tr("oordeel van de schrijver: %1").arg(quoted(judgement.shown)));
        }
    }
    // Inside a party's account in a decision its facts, dates and judgements are what the party
    // puts forward.
    // The same under a heading for the parties' positions ("De standpunten").
    const bool partySpeaks = court && ctx.framing().active() && ctx.framing().label == Label::Bron;
    if (partySpeaks || (court && !ctx.framing().active() && ctx.section().label == Label::Bron)) {
        const std::optional<Mention> own = speech.found() ? speakerOf(s, speech, false) : std::nullopt;
        const QString framed = partySpeaks ? ctx.framing().speaker : ctx.section().speaker;
        const QString who = own && !own->pronoun && !own->isAuthor(kind) ? own->display() : framed;
        const QString reason = partySpeaks ? LabelHints::tr("na de aankondiging %1").arg(quoted(ctx.framing().sentence))
                                           : LabelHints::tr("onder het kopje %1").arg(quoted(ctx.heading()));
        return hint(Label::Bron, reason, who);
    }
    // What a court decides is what the decision says, not an opinion about it.
    if (court) {
        const Match decided = s.find(cues::decision());
        if (decided.found() && !accordingTo) {
            const std::optional<Mention> judge = speakerOf(s, decided, false);
            if (!judge || judge->isAuthor(kind)) {
                ctx.endFraming();
                return hint(Label::Feit, LabelHints::tr("beslissing van de rechter: %1").arg(quoted(decided.shown)));
            }
        }
    }
    const Match established = s.find(cues::established());
    if (established.found() && !accordingTo && !s.find(cues::doubt()).found())
        return hint(Label::Feit, LabelHints::tr("vaststelling of stuk: %1").arg(quoted(established.shown)));
    if (accordingTo) {
        if (accordingTo->isAuthor(kind))
            return hint(Label::Mening, LabelHints::tr("oordeel van de schrijver: %1").arg(quoted(according.shown)));
        return hint(Label::Bron, LabelHints::tr("bevat %1").arg(quoted(according.shown)), nameOf(accordingTo, ctx));
    }
    if (speech.found()) {
        const std::optional<Mention> speaker = speakerOf(s, speech, false);
        if (speaker && speaker->isAuthor(kind))
            return hint(Label::Feit, LabelHints::tr("handeling van de schrijver: %1").arg(quoted(speech.shown)));
        return hint(Label::Bron, LabelHints::tr("weergave van wat iemand zei: %1").arg(quoted(speech.shown)),
            nameOf(speaker, ctx));
    }
    if (judgement.found()) {
        const Mention* inverted = subjectInside(s.mentions, judgement);
        const std::optional<Mention> holder
            = inverted ? std::optional<Mention>(*inverted) : speakerOf(s, judgement, false);
        return hint(Label::Bron, LabelHints::tr("mening van een ander, weergegeven: %1").arg(quoted(judgement.shown)),
            nameOf(holder, ctx));
    }
    const Match doubt = s.find(cues::doubt());
    const Match evaluative = s.find(cues::evaluative());
    const Match hearsay = s.find(cues::hearsay());
    if (hearsay.found() && !evaluative.found())
        return hint(
            Label::Bron, LabelHints::tr("van horen zeggen: %1").arg(quoted(hearsay.shown)), nameOf(std::nullopt, ctx));
    if (contact.found())
        return hint(Label::Feit, LabelHints::tr("beschrijft het contact zelf: %1").arg(quoted(contact.shown)));

    const Match observed = s.find(cues::observation());
    if (observed.found())
        return hint(Label::Feit, LabelHints::tr("eigen waarneming: %1").arg(quoted(observed.shown)));

    // A sentence's own signals outrank its heading: a dated action with no judgement, doubt or
    // hearsay in it says what happened, also under "Gesprek met moeder" or "Analyse" (where the
    // heading would make it a bron or a mening).
    bool dated = false;
    bool action = false;
    for (const Token& t : s.tokens) {
        dated = dated || isDateWord(t);
        action = action || isParticiple(t);
    }
    if (dated && action && !doubt.found() && !evaluative.found() && !hearsay.found())
        return hint(Label::Feit, LabelHints::tr("datum en handeling, geen oordeel"));

    const HintContext::Framing& framing = ctx.framing();
    // The court's own "Het hof overweegt als volgt." opens its reasoning, which holds established
    // facts as well as its judgement: there the sentence's own signals decide.
    const bool courtReasons = court && framing.active() && framing.label == Label::Mening;
    if (framing.active() && framing.label != Label::Feit && !courtReasons) {
        return hint(framing.label, LabelHints::tr("na de aankondiging %1").arg(quoted(framing.sentence)),
            framing.label == Label::Bron ? framing.speaker : QString());
    }
    // Doubt and value words are the sentence's own signal of a judgement, and nobody else is
    // quoted in it: the writer's, whatever the heading says.
    if (doubt.found())
        return hint(Label::Mening, LabelHints::tr("twijfelwoord %1").arg(quoted(doubt.shown)));
    if (evaluative.found())
        return hint(Label::Mening, LabelHints::tr("waardeoordeel %1").arg(quoted(evaluative.shown)));
    // A sentence about a document or record (a report, a registration, a letter) says what is in
    // the file, also under a heading such as "Informatie politie".
    const Match document = s.find(cues::document());
    if (document.found())
        return hint(Label::Feit, LabelHints::tr("noemt een document of stuk: %1").arg(quoted(document.shown)));
    const SectionSense& section = ctx.section();
    if (section.label == Label::Bron)
        return hint(Label::Bron, LabelHints::tr("onder het kopje %1").arg(quoted(ctx.heading())), section.speaker);
    // A heading such as "Analyse" holds the writer's weighing, but a dated sentence without any
    // sign of judgement in it reports what happened.
    if (section.label == Label::Mening && dated)
        return hint(Label::Feit, LabelHints::tr("datum, geen oordeel"));
    if (section.label == Label::Mening)
        return hint(Label::Mening, LabelHints::tr("onder het kopje %1").arg(quoted(ctx.heading())));
    const Match concluding = s.find(cues::concluding());
    if (concluding.found())
        return hint(Label::Mening, LabelHints::tr("concluderend: %1").arg(quoted(concluding.shown)));
    if (dated)
        return hint(Label::Feit, LabelHints::tr("datum, geen oordeel"));
    if (courtReasons)
        return hint(Label::Feit, LabelHints::tr("geen oordeel en geen weergave van wat iemand zei"));
    if (framing.active())
        return hint(Label::Feit, LabelHints::tr("na de aankondiging %1").arg(quoted(framing.sentence)));
    if (section.label == Label::Feit)
        return hint(Label::Feit, LabelHints::tr("onder het kopje %1").arg(quoted(ctx.heading())));
    return hint(Label::Feit, LabelHints::tr("geen oordeel en geen weergave van wat iemand zei"));
}

// After the hint: a framing sentence sets what follows; a bron names who spoke last.
void remember(const Sentence& s, const QString& text, const LabelHint& h, HintContext& ctx)
{
    if (h.label == Label::Bron && !h.spokenTo.isEmpty())
        ctx.setLastSpeaker(h.spokenTo);
    // In a decision an announced account or a statement opening with the hearing ("Namens de GI
    // is ter zitting verklaard dat …") hands the word to that party for what follows.
    if (ctx.kind() == DocumentKind::Court && h.label == Label::Bron
        && (announcedAccount(s.tokens, s.mentions, s.blocked, ctx.kind()).found || opensWithHearing(s.tokens))) {
        ctx.frame(Label::Bron, h.spokenTo, text.trimmed());
        return;
    }
    if (!isFramingSentence(s, text))
        return;
    static const std::vector<const char*> facts { "de volgende feiten", "van de volgende" };
    if (s.findAnywhere(facts).found())
        ctx.frame(Label::Feit, {}, text.trimmed());
    else if (h.label == Label::Bron || h.label == Label::Mening)
        ctx.frame(h.label, h.spokenTo, text.trimmed());
}

LabelHint hintIn(const QString& text, HintContext& ctx)
{
    if (!std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); }))
        return hint(Label::Onbeoordeeld, LabelHints::tr("geen woorden"));
    if (looksLikeHeading(text, ctx.kind())) {
        ctx.enterSection(text.trimmed());
        return hint(Label::Onbeoordeeld, LabelHints::tr("een kopje, geen zin"));
    }
    const Sentence s(text);
    LabelHint h = decide(s, ctx);
    remember(s, text, h, ctx);
    return h;
}

} // namespace

std::vector<LabelHint> LabelHints::forDocument(const std::vector<HintSentence>& sentences)
{
    std::vector<QString> texts;
    texts.reserve(sentences.size());
    for (const HintSentence& s : sentences)
        texts.push_back(s.text);
    HintContext ctx(detectDocumentKind(texts));
    std::vector<LabelHint> out;
    out.reserve(sentences.size());
    for (const HintSentence& s : sentences) {
        if (!s.section.isEmpty())
            ctx.enterSection(s.section);
        out.push_back(hintIn(s.text, ctx));
    }
    return out;
}

LabelHint LabelHints::forSentence(const QString& text, const QString& section)
{
    return forDocument({ HintSentence { text, section } }).front();
}

} // namespace inzage
