#include "core/templateparameters.h"

#include <QJsonDocument>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;

class TestTemplateParameters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toJsonHasTheWireShape()
    {
        TemplateParameters params;
        params.header.insert(u"media"_s, u"https://cdn.example/x.jpg"_s);
        params.body.insert(u"1"_s, u"Jessica"_s);
        params.buttons.insert(1, u"ORDER-42"_s);
        const QByteArray expected
            = R"({"body":{"1":"Jessica"},"buttons":{"1":"ORDER-42"},"header":{"media":"https://cdn.example/x.jpg"}})";
        QCOMPARE(QJsonDocument(params.toJson()).toJson(QJsonDocument::Compact), expected);
        QCOMPARE(TemplateParameters::fromJson(params.toJson()), std::optional(params));
    }

    void emptyParametersStillHaveAllMembers()
    {
        const TemplateParameters params;
        QVERIFY(params.isEmpty());
        QCOMPARE(QJsonDocument(params.toJson()).toJson(QJsonDocument::Compact),
            QByteArray(R"({"body":{},"buttons":{},"header":{}})"));
    }

    void missingMembersMeanEmpty()
    {
        const auto params
            = TemplateParameters::fromJson(QJsonObject {{u"body"_s, QJsonObject {{u"a"_s, u"b"_s}}}});
        QVERIFY(params);
        QVERIFY(params->header.isEmpty());
        QCOMPARE(params->body.value(u"a"_s), u"b"_s);
        QVERIFY(TemplateParameters::fromJson(QJsonObject {}).has_value());
    }

    void rejectsWrongTypes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("body is an array") << QByteArray(R"({"body":["a"]})");
        QTest::newRow("value is a number") << QByteArray(R"({"body":{"1":42}})");
        QTest::newRow("header is a string") << QByteArray(R"({"header":"x"})");
        QTest::newRow("button key not a number") << QByteArray(R"({"buttons":{"first":"x"}})");
        QTest::newRow("button key out of range") << QByteArray(R"({"buttons":{"10":"x"}})");
        QTest::newRow("button key negative") << QByteArray(R"({"buttons":{"-1":"x"}})");
        QTest::newRow("button key padded") << QByteArray(R"({"buttons":{"01":"x"}})");
        QTest::newRow("button value object") << QByteArray(R"({"buttons":{"0":{}}})");
    }

    void rejectsWrongTypes()
    {
        QFETCH(QByteArray, json);
        QString error;
        QCOMPARE(TemplateParameters::fromJson(QJsonDocument::fromJson(json).object(), &error), std::nullopt);
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTemplateParameters)
#include "tst_templateparameters.moc"
