#include "protocol/argreader.h"

#include <QJsonDocument>
#include <QTest>

using namespace Atendo::Protocol;
using namespace Qt::StringLiterals;

namespace {
QJsonObject args(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}
} // namespace

class TestArgReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTypedValues()
    {
        ArgReader reader(args(R"({"id":42,"text":"oi","flag":true,"n":5,"obj":{"a":1},"kind":"note"})"));
        QCOMPARE(reader.requireId(u"id"), 42);
        QCOMPARE(reader.requireString(u"text"), u"oi"_s);
        QCOMPARE(reader.optionalBool(u"flag", false), true);
        QCOMPARE(reader.optionalInteger(u"n", 1, 1, 10), 5);
        QCOMPARE(reader.requireObject(u"obj").value(u"a"_s).toInt(), 1);
        QCOMPARE(reader.requireEnum(u"kind", {u"text"_s, u"note"_s}), u"note"_s);
        QCOMPARE(reader.optionalString(u"missing", u"d"_s), u"d"_s);
        QVERIFY(!reader.optionalId(u"missing"));
        QVERIFY(reader.ok());
    }

    void namesTheFirstBadField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("missing id") << QByteArray(R"({"text":"x"})") << u"id"_s;
        QTest::newRow("string id") << QByteArray(R"({"id":"42","text":"x"})") << u"id"_s;
        QTest::newRow("fractional id") << QByteArray(R"({"id":4.5,"text":"x"})") << u"id"_s;
        QTest::newRow("zero id") << QByteArray(R"({"id":0,"text":"x"})") << u"id"_s;
        QTest::newRow("numeric text") << QByteArray(R"({"id":1,"text":5})") << u"text"_s;
        QTest::newRow("null text") << QByteArray(R"({"id":1,"text":null})") << u"text"_s;
        QTest::newRow("too long text")
            << (QByteArray(R"({"id":1,"text":")") + QByteArray(11, 'a') + "\"}") << u"text"_s;
        QTest::newRow("bad enum") << QByteArray(R"({"id":1,"text":"x","kind":"sms"})") << u"kind"_s;
        QTest::newRow("bool as string") << QByteArray(R"({"id":1,"text":"x","flag":"yes"})") << u"flag"_s;
        QTest::newRow("out of range") << QByteArray(R"({"id":1,"text":"x","n":0})") << u"n"_s;
    }

    void namesTheFirstBadField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        ArgReader reader(QJsonDocument::fromJson(json).object());
        (void)reader.requireId(u"id");
        (void)reader.requireString(u"text", 10);
        (void)reader.optionalEnum(u"kind", {u"text"_s}, u"text"_s);
        (void)reader.optionalBool(u"flag", false);
        (void)reader.optionalInteger(u"n", 1, 1, 10);
        QVERIFY(!reader.ok());
        QCOMPARE(reader.error()->code, ErrorCode::BadRequest);
        QCOMPARE(reader.error()->details.value(u"field"_s).toString(), field);
        QVERIFY(reader.error()->message.contains(field));
    }
};

QTEST_GUILESS_MAIN(TestArgReader)
#include "tst_argreader.moc"
