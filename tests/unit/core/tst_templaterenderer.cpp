#include "core/templaterenderer.h"
#include "templatefixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;

namespace {

QJsonArray array(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).array();
}

TemplateParameters orderParams()
{
    TemplateParameters params;
    params.header.insert(u"media"_s, u"https://cdn.example/x.jpg"_s);
    // Deliberately not in order: positional values go by number.
    params.body = {{u"3"_s, u"$100.99"_s}, {u"1"_s, u"Jessica"_s}, {u"2"_s, u"ORDER-42"_s}};
    params.buttons = {{0, u"STOP_PROMO"_s}, {1, u"ORDER-42"_s}};
    return params;
}

} // namespace

class TestTemplateRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void positionalComponentsMatchTheCloudApiDocument()
    {
        const QJsonArray expected = array(Fixtures::OrderConfirmationComponentsJson);
        QCOMPARE(TemplateRenderer::buildComponents(
                     Fixtures::parsed(Fixtures::OrderConfirmationJson), orderParams()),
            expected);
    }

    void mediaIdIsSentAsId_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("type");
        QTest::newRow("image") << u"IMAGE"_s << u"image"_s;
        QTest::newRow("video") << u"VIDEO"_s << u"video"_s;
        QTest::newRow("document") << u"DOCUMENT"_s << u"document"_s;
    }

    void mediaIdIsSentAsId()
    {
        QFETCH(QString, format);
        QFETCH(QString, type);
        MessageTemplate tmpl = Fixtures::parsed(Fixtures::OrderConfirmationJson);
        tmpl.headerFormat = *headerFormatFromName(format);
        TemplateParameters params = orderParams();
        params.header.insert(u"media"_s, u" 1013859600285441 "_s);
        const QJsonObject header = TemplateRenderer::buildComponents(tmpl, params).first().toObject();
        const QJsonObject expected {{u"type"_s, u"header"_s},
            {u"parameters"_s,
                QJsonArray {QJsonObject {
                    {u"type"_s, type}, {type, QJsonObject {{u"id"_s, u"1013859600285441"_s}}}}}}};
        QCOMPARE(header, expected);
    }

    void namedComponentsCarryParameterNames()
    {
        TemplateParameters params;
        params.header.insert(u"first_name"_s, u"Maria"_s);
        params.body = {{u"discount"_s, u"10%"_s}, {u"end_date"_s, u"31/12"_s}, {u"first_name"_s, u"Maria"_s}};
        params.buttons.insert(0, u"VERAO10"_s);
        const QJsonArray expected = array(R"([
            {"type":"header","parameters":[{"type":"text","parameter_name":"first_name","text":"Maria"}]},
            {"type":"body","parameters":[
                {"type":"text","parameter_name":"first_name","text":"Maria"},
                {"type":"text","parameter_name":"end_date","text":"31/12"},
                {"type":"text","parameter_name":"discount","text":"10%"}]},
            {"type":"button","sub_type":"copy_code","index":"0","parameters":[{"type":"coupon_code","coupon_code":"VERAO10"}]}
        ])");
        QCOMPARE(
            TemplateRenderer::buildComponents(Fixtures::parsed(Fixtures::SummerSaleJson), params), expected);
    }

    void otpIsSentAsUrlButton()
    {
        TemplateParameters params;
        params.body.insert(u"1"_s, u"123456"_s);
        params.buttons.insert(0, u"123456"_s);
        const QJsonArray expected = array(R"([
            {"type":"body","parameters":[{"type":"text","text":"123456"}]},
            {"type":"button","sub_type":"url","index":"0","parameters":[{"type":"text","text":"123456"}]}
        ])");
        QCOMPARE(
            TemplateRenderer::buildComponents(Fixtures::parsed(Fixtures::LoginCodeJson), params), expected);
    }

    void locationHeader()
    {
        TemplateParameters params;
        params.header = {
            {u"latitude"_s, u"-23.5505"_s}, {u"longitude"_s, u"-46.6333"_s}, {u"name"_s, u"Loja Centro"_s}};
        params.body.insert(u"1"_s, u"BR123"_s);
        const QJsonArray expected = array(R"([
            {"type":"header","parameters":[{"type":"location","location":
                {"latitude":"-23.5505","longitude":"-46.6333","name":"Loja Centro"}}]},
            {"type":"body","parameters":[{"type":"text","text":"BR123"}]}
        ])");
        QCOMPARE(TemplateRenderer::buildComponents(Fixtures::parsed(Fixtures::PickupJson), params), expected);
    }

    void emptyComponentsAreOmitted()
    {
        QCOMPARE(TemplateRenderer::buildComponents(Fixtures::parsed(Fixtures::StaticNoticeJson), {}),
            QJsonArray {});
        // No payload for the optional quick reply: no button component for it.
        TemplateParameters params = orderParams();
        params.buttons.remove(0);
        const QJsonArray components
            = TemplateRenderer::buildComponents(Fixtures::parsed(Fixtures::OrderConfirmationJson), params);
        QCOMPARE(components.size(), 3);
        QCOMPARE(components.last().toObject().value(u"sub_type"_s).toString(), u"url"_s);
    }

    void valuesAreSentTrimmed()
    {
        TemplateParameters params = orderParams();
        params.body.insert(u"1"_s, u"  Jessica \n"_s);
        const QJsonArray components
            = TemplateRenderer::buildComponents(Fixtures::parsed(Fixtures::OrderConfirmationJson), params);
        QCOMPARE(
            components[1].toObject().value(u"parameters"_s).toArray().first().toObject().value(u"text"_s),
            QJsonValue(u"Jessica"_s));
    }

    void renderSubstitutesAndKeepsUnfilledPlaceholders()
    {
        TemplateParameters params = orderParams();
        params.body.remove(u"2"_s);
        params.body.insert(u"3"_s, u"  "_s);
        const RenderedTemplate rendered
            = TemplateRenderer::render(Fixtures::parsed(Fixtures::OrderConfirmationJson), params);
        QCOMPARE(rendered.headerFormat, HeaderFormat::Image);
        QCOMPARE(rendered.header, u"https://cdn.example/x.jpg"_s);
        QCOMPARE(rendered.body, u"Hi Jessica, your order {{2}} is confirmed. Total: {{3}}."_s);
        QCOMPARE(rendered.footer, u"Reply STOP to opt out"_s);
        QCOMPARE(rendered.buttons, (QStringList {u"Stop promotions"_s, u"Track order"_s, u"Call us"_s}));
    }

    void renderNamedRepeatsAndTextHeader()
    {
        TemplateParameters params;
        params.header.insert(u"first_name"_s, u"Maria"_s);
        params.body = {{u"first_name"_s, u"Maria"_s}, {u"discount"_s, u"10%"_s}};
        const RenderedTemplate rendered
            = TemplateRenderer::render(Fixtures::parsed(Fixtures::SummerSaleJson), params);
        QCOMPARE(rendered.header, u"Oferta para Maria"_s);
        QCOMPARE(rendered.body, u"Olá Maria! Use o cupom até {{end_date}} e ganhe 10%."_s);
    }

    void valuesAreNotReinterpretedAsPlaceholders()
    {
        const QMap<QString, QString> values {{u"1"_s, u"{{2}}"_s}, {u"2"_s, u"two"_s}};
        QCOMPARE(
            TemplateRenderer::substitute(u"a {{1}} b {{2}} c {{1}}"_s, values), u"a {{2}} b two c {{2}}"_s);
    }

    void renderText()
    {
        TemplateParameters params;
        params.header.insert(u"first_name"_s, u"Maria"_s);
        params.body = {{u"first_name"_s, u"Maria"_s}, {u"end_date"_s, u"31/12"_s}, {u"discount"_s, u"10%"_s}};
        QCOMPARE(TemplateRenderer::renderText(Fixtures::parsed(Fixtures::SummerSaleJson), params),
            u"Oferta para Maria\n\nOlá Maria! Use o cupom até 31/12 e ganhe 10%."_s);
        QCOMPARE(
            TemplateRenderer::renderText(Fixtures::parsed(Fixtures::OrderConfirmationJson), orderParams()),
            u"Hi Jessica, your order ORDER-42 is confirmed. Total: $100.99.\n\nReply STOP to opt out\n\n"
            "[Stop promotions]\n[Track order]\n[Call us]"_s);
    }
};

QTEST_GUILESS_MAIN(TestTemplateRenderer)
#include "tst_templaterenderer.moc"
