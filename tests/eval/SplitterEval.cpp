// Evaluates the sentence splitter on the corpus TSV files (a header with section and text, one
// sentence a row): each section's sentences are joined into one paragraph and split again; a
// boundary is the place between two sentences. Prints precision and recall per file and in all,
// and fails when either is below the floor given on the command line.
//   inzage_splitter_eval CORPUS_DIR FLOOR

#include "text/SentenceSplitter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringList>

#include <cstdio>

using namespace inzage;

namespace {

struct Counts {
    int truePositive = 0, predicted = 0, expected = 0;
    double precision() const { return predicted ? double(truePositive) / predicted : 1.0; }
    double recall() const { return expected ? double(truePositive) / expected : 1.0; }
};

// Character offsets where one sentence ends and the next begins, in the space-joined paragraph.
QSet<int> boundaries(const QStringList& sentences)
{
    QSet<int> out;
    int at = 0;
    for (int i = 0; i + 1 < sentences.size(); ++i) {
        at += int(sentences[i].size()) + 1;
        out.insert(at);
    }
    return out;
}

void evaluate(const QStringList& gold, Counts& c, bool verbose)
{
    const QString paragraph = gold.join(QLatin1Char(' '));
    const QStringList got = splitSentences(paragraph);
    const QSet<int> want = boundaries(gold);
    const QSet<int> have = boundaries(got);
    c.expected += int(want.size());
    c.predicted += int(have.size());
    c.truePositive += int(QSet<int>(want).intersect(have).size());
    if (verbose && want != have) {
        for (int b : have - want)
            std::printf("  extra cut:   …%s|%s…\n", qPrintable(paragraph.mid(qMax(0, b - 40), qMin(b, 40))),
                qPrintable(paragraph.mid(b, 40)));
        for (int b : want - have)
            std::printf("  missed cut:  …%s|%s…\n", qPrintable(paragraph.mid(qMax(0, b - 40), qMin(b, 40))),
                qPrintable(paragraph.mid(b, 40)));
    }
}

bool evaluateFile(const QString& path, Counts& total)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        std::printf("cannot read %s\n", qPrintable(path));
        return false;
    }
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList header = lines.value(0).split(QLatin1Char('\t'));
    const int textCol = int(header.indexOf(QStringLiteral("text")));
    int groupCol = int(header.indexOf(QStringLiteral("section")));
    if (groupCol < 0)
        groupCol = int(header.indexOf(QStringLiteral("source")));
    if (textCol < 0) {
        std::printf("%s: no text column, skipped\n", qPrintable(path));
        return true;
    }
    Counts c;
    QStringList gold;
    QString group;
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines[i].split(QLatin1Char('\t'));
        const QString g = groupCol >= 0 ? cells.value(groupCol) : QString();
        if (g != group && !gold.isEmpty()) {
            evaluate(gold, c, true);
            gold.clear();
        }
        group = g;
        gold << cells.value(textCol).simplified();
    }
    if (!gold.isEmpty())
        evaluate(gold, c, true);
    std::printf("%s: precision %.3f recall %.3f (%d boundaries, %d predicted, %d right)\n",
        qPrintable(QFileInfo(path).fileName()), c.precision(), c.recall(), c.expected, c.predicted, c.truePositive);
    total.expected += c.expected;
    total.predicted += c.predicted;
    total.truePositive += c.truePositive;
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::printf("usage: inzage_splitter_eval CORPUS_DIR FLOOR\n");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    const double floor = QString::fromLatin1(argv[2]).toDouble();
    const QStringList files = dir.entryList({ QStringLiteral("*.tsv") }, QDir::Files, QDir::Name);
    if (!dir.exists() || files.isEmpty()) {
        std::printf("FAIL: the corpus folder %s is missing or holds no .tsv file. It is not in the repository: "
                    "put ../shared/corpus beside the clone (CI has it) and run again.\n",
            qPrintable(dir.absolutePath()));
        return 1;
    }
    Counts total;
    for (const QString& name : files)
        if (!evaluateFile(dir.filePath(name), total))
            return 1;
    std::printf("all: precision %.3f recall %.3f (floor %.2f)\n", total.precision(), total.recall(), floor);
    if (total.expected == 0) {
        std::printf("FAIL: no sentence boundaries in the corpus\n");
        return 1;
    }
    if (total.precision() < floor || total.recall() < floor) {
        std::printf("FAIL: below the floor\n");
        return 1;
    }
    return 0;
}
