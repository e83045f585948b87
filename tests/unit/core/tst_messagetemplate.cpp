#include "core/messagetemplate.h"
#include "templatefixtures.h"

#include <QJsonArray>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;

class TestMessageTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesPositionalMediaTemplate()
    {
        QString error;
        const auto tmpl
            = MessageTemplate::fromGraphJson(Fixtures::json(Fixtures::OrderConfirmationJson), &error);
        QVERIFY2(tmpl, qPrintable(error));
        QCOMPARE(tmpl->id, u"1024"_s);
        QCOMPARE(tmpl->name, u"order_confirmation"_s);
        QCOMPARE(tmpl->language, u"en_US"_s);
        QCOMPARE(tmpl->status, TemplateStatus::Approved);
        QCOMPARE(tmpl->category, MessageCategory::Utility);
        QCOMPARE(tmpl->parameterFormat, ParameterFormat::Positional);
        QCOMPARE(tmpl->qualityScore, u"GREEN"_s);
        QCOMPARE(tmpl->headerFormat, HeaderFormat::Image);
        QCOMPARE(tmpl->headerHandleExample, u"4::aW1hZ2U="_s);
        QCOMPARE(tmpl->bodyText, u"Hi {{1}}, your order {{2}} is confirmed. Total: {{3}}."_s);
        QCOMPARE(tmpl->bodyExamples, (QStringList {u"Jessica"_s, u"ORDER-42"_s, u"$100.99"_s}));
        QCOMPARE(tmpl->footerText, u"Reply STOP to opt out"_s);
        QCOMPARE(tmpl->buttons.size(), 3);
        QCOMPARE(tmpl->buttons[0].type, ButtonType::QuickReply);
        QCOMPARE(tmpl->buttons[1].type, ButtonType::Url);
        QCOMPARE(tmpl->buttons[1].url, u"https://shop.example/track/{{1}}"_s);
        QCOMPARE(tmpl->buttons[1].example, u"https://shop.example/track/ORDER-42"_s);
        QCOMPARE(tmpl->buttons[2].type, ButtonType::PhoneNumber);
        QCOMPARE(tmpl->buttons[2].phoneNumber, u"+15550783881"_s);
        QCOMPARE(tmpl->bodyKeys(), (QStringList {u"1"_s, u"2"_s, u"3"_s}));
        QVERIFY(tmpl->headerKeys().isEmpty());
    }

    void parsesNamedTemplate()
    {
        const MessageTemplate tmpl = Fixtures::parsed(Fixtures::SummerSaleJson);
        QCOMPARE(tmpl.parameterFormat, ParameterFormat::Named);
        QCOMPARE(tmpl.category, MessageCategory::Marketing);
        QCOMPARE(tmpl.headerFormat, HeaderFormat::Text);
        QCOMPARE(tmpl.headerKeys(), QStringList {u"first_name"_s});
        QCOMPARE(tmpl.headerTextExample, u"Maria"_s);
        QCOMPARE(tmpl.bodyKeys(), (QStringList {u"first_name"_s, u"end_date"_s, u"discount"_s}));
        QCOMPARE(tmpl.bodyNamedExamples.value(u"discount"_s), u"10%"_s);
        QCOMPARE(tmpl.buttons.first().type, ButtonType::CopyCode);
        QCOMPARE(tmpl.buttons.first().example, u"VERAO10"_s);
    }

    void missingParameterFormatIsPositional()
    {
        QCOMPARE(Fixtures::parsed(Fixtures::LoginCodeJson).parameterFormat, ParameterFormat::Positional);
        QCOMPARE(Fixtures::parsed(Fixtures::LoginCodeJson).buttons.first().type, ButtonType::Otp);
    }

    void roundTrips_data()
    {
        QTest::addColumn<QByteArray>("graph");
        QTest::newRow("positional media") << QByteArray(Fixtures::OrderConfirmationJson);
        QTest::newRow("named text header") << QByteArray(Fixtures::SummerSaleJson);
        QTest::newRow("authentication otp") << QByteArray(Fixtures::LoginCodeJson);
        QTest::newRow("static paused") << QByteArray(Fixtures::StaticNoticeJson);
        QTest::newRow("location") << QByteArray(Fixtures::PickupJson);
    }

    void roundTrips()
    {
        QFETCH(QByteArray, graph);
        const QJsonObject original = Fixtures::json(graph.constData());
        const auto tmpl = MessageTemplate::fromGraphJson(original);
        QVERIFY(tmpl);
        const QJsonObject again = tmpl->toGraphJson();
        QCOMPARE(MessageTemplate::fromGraphJson(again), tmpl);
        // Everything Meta sent that we model comes back identical.
        QCOMPARE(again.value(u"components"_s), original.value(u"components"_s));
        for (const auto& key : {u"name"_s, u"language"_s, u"status"_s, u"category"_s})
            QCOMPARE(again.value(key), original.value(key));
    }

    void acceptsQualityScoreAsString()
    {
        QJsonObject json = Fixtures::json(Fixtures::OrderConfirmationJson);
        json.insert(u"quality_score"_s, u"YELLOW"_s);
        QCOMPARE(MessageTemplate::fromGraphJson(json)->qualityScore, u"YELLOW"_s);
    }

    void statusNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<TemplateStatus>("status");
        QTest::addColumn<bool>("sendable");
        QTest::newRow("APPROVED") << u"APPROVED"_s << TemplateStatus::Approved << true;
        QTest::newRow("PENDING") << u"PENDING"_s << TemplateStatus::Pending << false;
        QTest::newRow("REJECTED") << u"REJECTED"_s << TemplateStatus::Rejected << false;
        QTest::newRow("PAUSED") << u"PAUSED"_s << TemplateStatus::Paused << false;
        QTest::newRow("DISABLED") << u"DISABLED"_s << TemplateStatus::Disabled << false;
        QTest::newRow("IN_APPEAL") << u"IN_APPEAL"_s << TemplateStatus::InAppeal << false;
        QTest::newRow("PENDING_DELETION")
            << u"PENDING_DELETION"_s << TemplateStatus::PendingDeletion << false;
        QTest::newRow("DELETED") << u"DELETED"_s << TemplateStatus::Deleted << false;
        QTest::newRow("LIMIT_EXCEEDED") << u"LIMIT_EXCEEDED"_s << TemplateStatus::LimitExceeded << false;
        QTest::newRow("ARCHIVED") << u"ARCHIVED"_s << TemplateStatus::Archived << false;
    }

    void statusNames()
    {
        QFETCH(QString, name);
        QFETCH(TemplateStatus, status);
        QFETCH(bool, sendable);
        QCOMPARE(templateStatusName(status), name);
        QCOMPARE(templateStatusFromName(name), status);
        QCOMPARE(templateStatusFromName(name.toLower()), status);
        QJsonObject json = Fixtures::json(Fixtures::OrderConfirmationJson);
        json.insert(u"status"_s, name);
        const auto tmpl = MessageTemplate::fromGraphJson(json);
        QCOMPARE(tmpl->isSendable(), sendable);
        QCOMPARE(tmpl->notSendableReason().isEmpty(), sendable);
    }

    void unknownOrMissingStatusIsNotSendable()
    {
        QCOMPARE(templateStatusFromName(u"FLAGGED"_s), TemplateStatus::Unknown);
        QJsonObject json = Fixtures::json(Fixtures::OrderConfirmationJson);
        json.remove(u"status"_s);
        const auto tmpl = MessageTemplate::fromGraphJson(json);
        QCOMPARE(tmpl->status, TemplateStatus::Unknown);
        QVERIFY(!tmpl->isSendable());
        QVERIFY(!tmpl->notSendableReason().isEmpty());
    }

    void rejectedReasonIsShown()
    {
        MessageTemplate tmpl = Fixtures::parsed(Fixtures::OrderConfirmationJson);
        tmpl.status = TemplateStatus::Rejected;
        tmpl.rejectedReason = u"INVALID_FORMAT"_s;
        QVERIFY(tmpl.notSendableReason().contains(u"INVALID_FORMAT"_s));
    }

    void rejectsMalformedNodes_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("no name") << u"name"_s << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("name not a string") << u"name"_s << QJsonValue(5);
        QTest::newRow("no category") << u"category"_s << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("service is not a template category") << u"category"_s << QJsonValue(u"SERVICE"_s);
        QTest::newRow("bad parameter_format") << u"parameter_format"_s << QJsonValue(u"BOTH"_s);
        QTest::newRow("components not an array") << u"components"_s << QJsonValue(u"x"_s);
        QTest::newRow("no body") << u"components"_s
                                 << QJsonValue(QJsonArray {
                                        QJsonObject {{u"type"_s, u"FOOTER"_s}, {u"text"_s, u"x"_s}}});
        QTest::newRow("component not an object") << u"components"_s << QJsonValue(QJsonArray {1});
        QTest::newRow("bad header format")
            << u"components"_s
            << QJsonValue(QJsonArray {QJsonObject {{u"type"_s, u"HEADER"_s}, {u"format"_s, u"GIF"_s}},
                   QJsonObject {{u"type"_s, u"BODY"_s}, {u"text"_s, u"x"_s}}});
        QTest::newRow("body text not a string")
            << u"components"_s
            << QJsonValue(QJsonArray {QJsonObject {{u"type"_s, u"BODY"_s}, {u"text"_s, 1}}});
        QTest::newRow("buttons not an array")
            << u"components"_s
            << QJsonValue(QJsonArray {QJsonObject {{u"type"_s, u"BODY"_s}, {u"text"_s, u"x"_s}},
                   QJsonObject {{u"type"_s, u"BUTTONS"_s}, {u"buttons"_s, u"x"_s}}});
    }

    void rejectsMalformedNodes()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QJsonObject json = Fixtures::json(Fixtures::OrderConfirmationJson);
        if (value.isUndefined())
            json.remove(member);
        else
            json.insert(member, value);
        QString error;
        QCOMPARE(MessageTemplate::fromGraphJson(json, &error), std::nullopt);
        QVERIFY(error.startsWith(u"template: "_s));
    }

    void fieldsForPositionalMediaTemplate()
    {
        const QList<TemplateField> fields = Fixtures::parsed(Fixtures::OrderConfirmationJson).fields();
        QCOMPARE(fields.size(), 6);
        QCOMPARE(fields[0].component, TemplateComponent::Header);
        QCOMPARE(fields[0].key, u"media"_s);
        QCOMPARE(fields[0].kind, TemplateFieldKind::MediaUrl);
        QCOMPARE(fields[1].key, u"1"_s);
        QCOMPARE(fields[1].label, u"{{1}}"_s);
        QCOMPARE(fields[1].example, u"Jessica"_s);
        QCOMPARE(fields[1].maxLength, 1024);
        QCOMPARE(fields[3].example, u"$100.99"_s);
        // The quick reply's payload is optional; the URL suffix is required.
        QCOMPARE(fields[4].component, TemplateComponent::Button);
        QCOMPARE(fields[4].buttonIndex, 0);
        QCOMPARE(fields[4].kind, TemplateFieldKind::ButtonPayload);
        QVERIFY(!fields[4].required);
        QCOMPARE(fields[5].buttonIndex, 1);
        QCOMPARE(fields[5].key, u"1"_s);
        QCOMPARE(fields[5].kind, TemplateFieldKind::ButtonUrlSuffix);
        QCOMPARE(fields[5].label, u"Track order"_s);
        QCOMPARE(fields[5].example, u"ORDER-42"_s);
        QVERIFY(fields[5].required);
    }

    void fieldsForNamedTemplate()
    {
        const QList<TemplateField> fields = Fixtures::parsed(Fixtures::SummerSaleJson).fields();
        QCOMPARE(fields.size(), 5);
        QCOMPARE(fields[0].component, TemplateComponent::Header);
        QCOMPARE(fields[0].label, u"first_name"_s);
        QCOMPARE(fields[0].maxLength, 60);
        QCOMPARE(fields[0].example, u"Maria"_s);
        QCOMPARE(fields[2].key, u"end_date"_s);
        QCOMPARE(fields[2].example, u"31/12"_s);
        QCOMPARE(fields[4].kind, TemplateFieldKind::CouponCode);
        QCOMPARE(fields[4].maxLength, 15);
        QCOMPARE(fields[4].example, u"VERAO10"_s);
        QCOMPARE(fields[4].label, u"Button 1"_s);
    }

    void fieldsForOtpLocationAndStatic()
    {
        const QList<TemplateField> otp = Fixtures::parsed(Fixtures::LoginCodeJson).fields();
        QCOMPARE(otp.size(), 2);
        QCOMPARE(otp[1].kind, TemplateFieldKind::OtpCode);
        QVERIFY(otp[1].required);
        const QList<TemplateField> location = Fixtures::parsed(Fixtures::PickupJson).fields();
        QCOMPARE(location.size(), 5);
        QCOMPARE(location[0].kind, TemplateFieldKind::Coordinate);
        QVERIFY(!location[2].required);
        QVERIFY(Fixtures::parsed(Fixtures::StaticNoticeJson).fields().isEmpty());
    }

    void enumNames()
    {
        QCOMPARE(parameterFormatFromName(u"named"_s), std::optional(ParameterFormat::Named));
        QCOMPARE(parameterFormatName(ParameterFormat::Positional), u"POSITIONAL"_s);
        QCOMPARE(headerFormatFromName(u"video"_s), std::optional(HeaderFormat::Video));
        QCOMPARE(headerFormatFromName(u"GIF"_s), std::nullopt);
        QCOMPARE(buttonTypeFromName(u"CATALOG"_s), ButtonType::Other);
        QCOMPARE(buttonTypeName(ButtonType::CopyCode), u"COPY_CODE"_s);
        QCOMPARE(templateComponentName(TemplateComponent::Button), u"button"_s);
        QCOMPARE(templateFieldKindName(TemplateFieldKind::ButtonUrlSuffix), u"button_url_suffix"_s);
    }

    void unknownButtonTypeIsKeptVerbatim()
    {
        QJsonObject json = Fixtures::json(Fixtures::PickupJson);
        QJsonArray components = json.value(u"components"_s).toArray();
        const QJsonObject catalog {{u"type"_s, u"CATALOG"_s}, {u"text"_s, u"View catalog"_s}};
        components.append(QJsonObject {{u"type"_s, u"BUTTONS"_s}, {u"buttons"_s, QJsonArray {catalog}}});
        json.insert(u"components"_s, components);
        const auto tmpl = MessageTemplate::fromGraphJson(json);
        QCOMPARE(tmpl->buttons.first().type, ButtonType::Other);
        QVERIFY(!tmpl->buttons.first().takesParameter());
        const QJsonArray again = tmpl->toGraphJson().value(u"components"_s).toArray();
        QCOMPARE(again.last().toObject().value(u"buttons"_s).toArray().first().toObject(), catalog);
    }
};

QTEST_GUILESS_MAIN(TestMessageTemplate)
#include "tst_messagetemplate.moc"
