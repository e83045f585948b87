#include "client/inboxmodel.h"
#include "console/consoletext.h"
#include "console/inboxdelegate.h"

#include <QStandardItemModel>
#include <QTest>
#include <QTranslator>

using namespace Atendo;
using namespace Qt::StringLiterals;

// The server tags a message without text as "[image]", "[location]"…
// (docs/protocol.md, Conversation object); the inbox shows a word in the
// agent's language instead, and leaves the customer's own words alone.
class TestMessagePreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTagBecomesAWord_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("word");
        QTest::newRow("image") << u"[image]"_s << u"📷 Photo"_s;
        QTest::newRow("video") << u"[video]"_s << u"🎥 Video"_s;
        QTest::newRow("audio") << u"[audio]"_s << u"🎤 Audio"_s;
        QTest::newRow("document") << u"[document]"_s << u"📄 Document"_s;
        QTest::newRow("sticker") << u"[sticker]"_s << u"🖼 Sticker"_s;
        QTest::newRow("location") << u"[location]"_s << u"📍 Location"_s;
        QTest::newRow("reaction") << u"[reaction]"_s << u"👍 Reaction"_s;
        QTest::newRow("interactive") << u"[interactive]"_s << u"🔘 Reply to options"_s;
        QTest::newRow("button") << u"[button]"_s << u"🔘 Button reply"_s;
        QTest::newRow("unsupported") << u"[unsupported]"_s << u"❓ Unsupported message"_s;
    }

    void everyTagBecomesAWord()
    {
        QFETCH(QString, tag);
        QFETCH(QString, word);
        QCOMPARE(ConsoleText::messagePreview(tag), word);
    }

    void customersWordsPassThrough_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"Vocês entregam no sábado?"_s;
        QTest::newRow("tag inside text") << u"[image] veja a foto"_s;
        QTest::newRow("text after tag") << u"olha: [image]"_s;
        QTest::newRow("unknown tag") << u"[ok]"_s;
        QTest::newRow("upper case") << u"[IMAGE]"_s;
        QTest::newRow("empty brackets") << u"[]"_s;
        QTest::newRow("empty") << QString();
    }

    void customersWordsPassThrough()
    {
        QFETCH(QString, text);
        QCOMPARE(ConsoleText::messagePreview(text), text);
    }

    void inboxRowShowsTheWord()
    {
        QStandardItemModel model;
        auto* item = new QStandardItem;
        item->setData(u"[location]"_s, InboxModel::PreviewRole);
        model.appendRow(item);
        InboxDelegate delegate;
        QCOMPARE(delegate.previewText(model.index(0, 0)), u"📍 Location"_s);
    }

#ifdef ATENDO_QM_DIR
    void translatedForTheAgent()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(ATENDO_QM_DIR "/atendo_pt_BR.qm")));
        QCoreApplication::installTranslator(&translator);
        const QString photo = ConsoleText::messagePreview(u"[image]"_s);
        const QString place = ConsoleText::messagePreview(u"[location]"_s);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(photo, u"📷 Foto"_s);
        QCOMPARE(place, u"📍 Localização"_s);
    }
#endif
};

QTEST_MAIN(TestMessagePreview)
#include "tst_messagepreview.moc"
