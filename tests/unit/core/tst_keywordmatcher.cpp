#include "core/keywordmatcher.h"

#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;

class TestKeywordMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("accents and case") << u"NÃO QUERO MAIS"_s << u"nao quero mais"_s;
        QTest::newRow("punctuation") << u"Parar!"_s << u"parar"_s;
        QTest::newRow("surrounding spaces and accent") << u"  pará  "_s << u"para"_s;
        QTest::newRow("collapse whitespace and tabs") << u"stop \t\n  all"_s << u"stop all"_s;
        QTest::newRow("dash becomes a space") << u"opt-out"_s << u"opt out"_s;
        QTest::newRow("emoji dropped") << u"STOP 🛑🙏"_s << u"stop"_s;
        QTest::newRow("emoji with skin tone and ZWJ") << u"👍🏽 sair 👨‍👩‍👧"_s << u"sair"_s;
        QTest::newRow("full-width letters (NFKD)") << u"ＳＴＯＰ"_s << u"stop"_s;
        QTest::newRow("decomposed accent input") << u"na\u0303o"_s << u"nao"_s;
        QTest::newRow("cedilla and tilde") << u"Suscripción ção"_s << u"suscripcion cao"_s;
        QTest::newRow("inverted Spanish marks") << u"¡NO MÁS!"_s << u"no mas"_s;
        QTest::newRow("quotes") << u"\"cancelar\""_s << u"cancelar"_s;
        QTest::newRow("digits kept") << u"Pedido 42"_s << u"pedido 42"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only punctuation") << u"?!..."_s << QString();
        QTest::newRow("zero-width space") << u"st\u200Bop"_s << u"st op"_s;
    }

    void normalize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(KeywordMatcher::normalize(input), expected);
    }

    void classifyDefaults_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<KeywordIntent>("intent");
        // Opt-out, in every shape a customer types it.
        QTest::newRow("Parar!") << u"Parar!"_s << KeywordIntent::OptOut;
        QTest::newRow(" pará ") << u" pará "_s << KeywordIntent::OptOut;
        QTest::newRow("STOP.") << u"STOP."_s << KeywordIntent::OptOut;
        QTest::newRow("stop lower case") << u"stop"_s << KeywordIntent::OptOut;
        QTest::newRow("PARE") << u"PARE"_s << KeywordIntent::OptOut;
        QTest::newRow("sair") << u"sair"_s << KeywordIntent::OptOut;
        QTest::newRow("Cancelar.") << u"Cancelar."_s << KeywordIntent::OptOut;
        QTest::newRow("descadastrar") << u"Descadastrar"_s << KeywordIntent::OptOut;
        QTest::newRow("nao quero mais, no accent") << u"nao quero mais"_s << KeywordIntent::OptOut;
        QTest::newRow("Não quero mais!!!") << u"Não quero mais!!!"_s << KeywordIntent::OptOut;
        QTest::newRow("não envie mais") << u"Não envie mais."_s << KeywordIntent::OptOut;
        QTest::newRow("STOP ALL") << u"STOP ALL"_s << KeywordIntent::OptOut;
        QTest::newRow("unsubscribe") << u"Unsubscribe"_s << KeywordIntent::OptOut;
        QTest::newRow("opt-out with dash") << u"opt-out"_s << KeywordIntent::OptOut;
        QTest::newRow("quit") << u"QUIT"_s << KeywordIntent::OptOut;
        QTest::newRow("baja") << u"Baja"_s << KeywordIntent::OptOut;
        QTest::newRow("detener") << u"DETENER"_s << KeywordIntent::OptOut;
        QTest::newRow("cancelar suscripción") << u"Cancelar suscripción"_s << KeywordIntent::OptOut;
        QTest::newRow("no más") << u"¡No más!"_s << KeywordIntent::OptOut;
        QTest::newRow("stop with emoji") << u"STOP 🛑"_s << KeywordIntent::OptOut;
        // Opt-in.
        QTest::newRow("VOLTAR") << u"VOLTAR"_s << KeywordIntent::OptIn;
        QTest::newRow("Start!") << u"Start!"_s << KeywordIntent::OptIn;
        QTest::newRow("unstop") << u"unstop"_s << KeywordIntent::OptIn;
        QTest::newRow("subscribe") << u"Subscribe"_s << KeywordIntent::OptIn;
        QTest::newRow("retornar") << u"retornar"_s << KeywordIntent::OptIn;
        QTest::newRow("volver") << u"Volver"_s << KeywordIntent::OptIn;
        QTest::newRow("quero receber") << u"Quero receber"_s << KeywordIntent::OptIn;
        // Conversation, not a request: whole-message match only.
        QTest::newRow("embedded parar") << u"não quero parar agora"_s << KeywordIntent::None;
        QTest::newRow("embedded stop") << u"please stop by the store"_s << KeywordIntent::None;
        QTest::newRow("stop at the start") << u"stop sending me promos please"_s << KeywordIntent::None;
        QTest::newRow("prefix of a keyword") << u"par"_s << KeywordIntent::None;
        QTest::newRow("keyword plus a word") << u"sair daqui"_s << KeywordIntent::None;
        QTest::newRow("stopped") << u"stopped"_s << KeywordIntent::None;
        QTest::newRow("joined letters") << u"s.t.o.p"_s << KeywordIntent::None;
        QTest::newRow("greeting") << u"Olá, tudo bem?"_s << KeywordIntent::None;
        QTest::newRow("empty") << QString() << KeywordIntent::None;
        QTest::newRow("emoji only") << u"👍"_s << KeywordIntent::None;
        // Everyday answers are not consent.
        QTest::newRow("sim") << u"Sim"_s << KeywordIntent::None;
        QTest::newRow("yes") << u"YES"_s << KeywordIntent::None;
        QTest::newRow("si") << u"sí"_s << KeywordIntent::None;
        QTest::newRow("ok") << u"ok"_s << KeywordIntent::None;
    }

    void classifyDefaults()
    {
        QFETCH(QString, message);
        QFETCH(KeywordIntent, intent);
        QCOMPARE(KeywordMatcher::withDefaults().classify(message), intent);
    }

    void defaultMatcherIsEmpty()
    {
        const KeywordMatcher matcher;
        QCOMPARE(matcher.classify(u"STOP"_s), KeywordIntent::None);
        QVERIFY(matcher.optOutKeywords().isEmpty());
    }

    void customListsReplaceTheDefaults()
    {
        KeywordMatcher matcher = KeywordMatcher::withDefaults();
        matcher.setOptOutKeywords({u"Chega!"_s, u"  "_s, u"CHEGA"_s});
        matcher.setOptInKeywords({u"Sim, quero"_s, u"SIM"_s});
        QCOMPARE(matcher.optOutKeywords(), QStringList {u"chega"_s});
        QCOMPARE(matcher.optInKeywords(), (QStringList {u"sim quero"_s, u"sim"_s}));
        QCOMPARE(matcher.classify(u"chega..."_s), KeywordIntent::OptOut);
        QCOMPARE(matcher.classify(u"STOP"_s), KeywordIntent::None);
        QCOMPARE(matcher.classify(u"Sim, quero!"_s), KeywordIntent::OptIn);
    }

    void aWordInBothListsOptsOut()
    {
        KeywordMatcher matcher;
        matcher.setOptOutKeywords({u"basta"_s});
        matcher.setOptInKeywords({u"BASTA"_s});
        QCOMPARE(matcher.classify(u"Basta"_s), KeywordIntent::OptOut);
    }

    void defaultListsAreNormalizedAndDisjoint()
    {
        const KeywordMatcher matcher = KeywordMatcher::withDefaults();
        QCOMPARE(matcher.optOutKeywords().size(), KeywordMatcher::defaultOptOutKeywords().size());
        for (const QString& keyword : matcher.optInKeywords())
            QVERIFY2(!matcher.optOutKeywords().contains(keyword), qPrintable(keyword));
        QVERIFY(matcher.optOutKeywords().contains(u"nao quero mais"_s));
    }

    void intentNames()
    {
        QCOMPARE(keywordIntentName(KeywordIntent::None), u"none"_s);
        QCOMPARE(keywordIntentName(KeywordIntent::OptOut), u"opt_out"_s);
        QCOMPARE(keywordIntentName(KeywordIntent::OptIn), u"opt_in"_s);
    }
};

QTEST_GUILESS_MAIN(TestKeywordMatcher)
#include "tst_keywordmatcher.moc"
