#include "core/messagetemplate.h"
#include "core/templateplaceholders.h"

#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;

class TestTemplatePlaceholders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("positional") << u"Hi {{1}}, order {{2}}"_s << QStringList {u"1"_s, u"2"_s};
        QTest::newRow("repeated once") << u"{{1}} and {{2}} and {{1}}"_s << QStringList {u"1"_s, u"2"_s};
        QTest::newRow("appearance order") << u"{{2}} before {{1}}"_s << QStringList {u"2"_s, u"1"_s};
        QTest::newRow("named") << u"Hi {{first_name}}, see {{order_id}}"_s
                               << QStringList {u"first_name"_s, u"order_id"_s};
        QTest::newRow("none") << u"No placeholders here."_s << QStringList {};
        QTest::newRow("malformed skipped") << u"{{ 1 }} {{First}} {{2}}"_s << QStringList {u"2"_s};
        QTest::newRow("single braces") << u"{1} {name}"_s << QStringList {};
        QTest::newRow("two digits") << u"{{10}}"_s << QStringList {u"10"_s};
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, keys);
        QCOMPARE(TemplatePlaceholders::parse(text), keys);
    }

    void sendOrderIsNumericForPositional()
    {
        QCOMPARE(TemplatePlaceholders::sendOrder(u"{{2}} {{10}} {{1}}"_s),
            (QStringList {u"1"_s, u"2"_s, u"10"_s}));
        QCOMPARE(TemplatePlaceholders::sendOrder(u"{{b}} {{a}}"_s), (QStringList {u"b"_s, u"a"_s}));
    }

    void check_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ParameterFormat>("format");
        QTest::addColumn<bool>("valid");
        QTest::newRow("positional ok") << u"Hi {{1}}, order {{2}}."_s << ParameterFormat::Positional << true;
        QTest::newRow("named ok") << u"Hi {{first_name}}, order {{order_2}}."_s << ParameterFormat::Named
                                  << true;
        QTest::newRow("no placeholders") << u"Plain text."_s << ParameterFormat::Positional << true;
        QTest::newRow("repeat ok") << u"{{1}} x {{1}}"_s << ParameterFormat::Positional << true;
        QTest::newRow("out of order but complete")
            << u"{{2}} x {{1}}"_s << ParameterFormat::Positional << true;
        QTest::newRow("gap") << u"{{1}} and {{3}}"_s << ParameterFormat::Positional << false;
        QTest::newRow("starts at 2") << u"{{2}} only"_s << ParameterFormat::Positional << false;
        QTest::newRow("zero") << u"{{0}} x"_s << ParameterFormat::Positional << false;
        QTest::newRow("leading zero") << u"{{01}} x"_s << ParameterFormat::Positional << false;
        QTest::newRow("adjacent") << u"Hi {{1}}{{2}}"_s << ParameterFormat::Positional << false;
        QTest::newRow("adjacent with space") << u"Hi {{1}} {{2}}"_s << ParameterFormat::Positional << false;
        QTest::newRow("adjacent named") << u"Hi {{a}}\n{{b}}!"_s << ParameterFormat::Named << false;
        QTest::newRow("mixed") << u"Hi {{1}}, {{name}}"_s << ParameterFormat::Positional << false;
        QTest::newRow("positional in named template") << u"Hi {{1}}"_s << ParameterFormat::Named << false;
        QTest::newRow("named in positional template")
            << u"Hi {{name}}"_s << ParameterFormat::Positional << false;
        QTest::newRow("spaces inside") << u"Hi {{ 1 }}"_s << ParameterFormat::Positional << false;
        QTest::newRow("upper case name") << u"Hi {{Name}}"_s << ParameterFormat::Named << false;
        QTest::newRow("dash in name") << u"Hi {{first-name}}"_s << ParameterFormat::Named << false;
        QTest::newRow("empty braces") << u"Hi {{}}"_s << ParameterFormat::Positional << false;
        QTest::newRow("unclosed") << u"Hi {{1} there"_s << ParameterFormat::Positional << false;
        QTest::newRow("stray closing") << u"Hi 1}} there"_s << ParameterFormat::Positional << false;
    }

    void check()
    {
        QFETCH(QString, text);
        QFETCH(ParameterFormat, format);
        QFETCH(bool, valid);
        const QString error = TemplatePlaceholders::check(text, format);
        QVERIFY2(error.isEmpty() == valid, qPrintable(error));
    }

    void errorsNameTheProblem()
    {
        QVERIFY(
            TemplatePlaceholders::check(u"{{1}} {{3}}"_s, ParameterFormat::Positional).contains(u"{{3}}"_s));
        QVERIFY(TemplatePlaceholders::check(u"a {{1}}{{2}}"_s, ParameterFormat::Positional)
                    .contains(u"adjacent"_s));
        QVERIFY(TemplatePlaceholders::check(u"{{Name}}"_s, ParameterFormat::Named).contains(u"{{Name}}"_s));
    }

    void keyKinds()
    {
        QVERIFY(TemplatePlaceholders::isPositionalKey(u"1"_s));
        QVERIFY(!TemplatePlaceholders::isPositionalKey(u"0"_s));
        QVERIFY(!TemplatePlaceholders::isPositionalKey(u"one"_s));
        QVERIFY(TemplatePlaceholders::isNamedKey(u"first_name"_s));
        QVERIFY(TemplatePlaceholders::isNamedKey(u"_x1"_s));
        QVERIFY(!TemplatePlaceholders::isNamedKey(u"1x"_s));
        QCOMPARE(TemplatePlaceholders::placeholder(u"1"_s), u"{{1}}"_s);
    }
};

QTEST_GUILESS_MAIN(TestTemplatePlaceholders)
#include "tst_templateplaceholders.moc"
