#include "console/templatepickerdialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Atendo;

class TestTemplatePicker : public QObject
{
    Q_OBJECT

    static MessageTemplate positional()
    {
        MessageTemplate t;
        t.id = QStringLiteral("1");
        t.name = QStringLiteral("order_update");
        t.language = QStringLiteral("pt_BR");
        t.category = MessageCategory::Utility;
        t.status = TemplateStatus::Approved;
        t.bodyText = QStringLiteral("Olá {{1}}, seu pedido {{2}} saiu para entrega.");
        t.bodyExamples = {QStringLiteral("Maria"), QStringLiteral("A-1001")};
        return t;
    }

    static MessageTemplate named()
    {
        MessageTemplate t;
        t.id = QStringLiteral("2");
        t.name = QStringLiteral("promo_named");
        t.language = QStringLiteral("pt_BR");
        t.category = MessageCategory::Marketing;
        t.status = TemplateStatus::Approved;
        t.parameterFormat = ParameterFormat::Named;
        t.headerFormat = HeaderFormat::Image;
        t.bodyText = QStringLiteral("Oi {{first_name}}, use o cupom {{coupon}}!");
        t.bodyNamedExamples = {{QStringLiteral("first_name"), QStringLiteral("Ana")},
            {QStringLiteral("coupon"), QStringLiteral("BLACK10")}};
        TemplateButton url;
        url.type = ButtonType::Url;
        url.text = QStringLiteral("Ver oferta");
        url.url = QStringLiteral("https://loja.example/p/{{1}}");
        url.example = QStringLiteral("https://loja.example/p/123");
        t.buttons << url;
        return t;
    }

    static MessageTemplate rejected()
    {
        MessageTemplate t = positional();
        t.id = QStringLiteral("3");
        t.name = QStringLiteral("bad_promo");
        t.status = TemplateStatus::Rejected;
        t.rejectedReason = QStringLiteral("PROMOTIONAL");
        return t;
    }

    static MessageTemplate paused()
    {
        MessageTemplate t = positional();
        t.id = QStringLiteral("4");
        t.name = QStringLiteral("paused_one");
        t.status = TemplateStatus::Paused;
        return t;
    }

    static Protocol::ContactInfo contact(const QString& consent = QStringLiteral("opted_in"))
    {
        Protocol::ContactInfo c;
        c.id = 5;
        c.name = QStringLiteral("Maria Souza");
        c.phone = QStringLiteral("+5511987654321");
        c.consentState = consent;
        return c;
    }

    static QModelIndex rowOf(const TemplatePickerDialog& d, const QString& name)
    {
        auto* model = d.listModel();
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex i = model->index(r, 0);
            if (i.data().toString().startsWith(name))
                return i;
        }
        return {};
    }

    static std::optional<RateCard> card()
    {
        return RateCard::fromJson(R"({"currency":"USD","effective_from":"2026-10-01",
            "markets":{"BR":{"marketing":0.0625,"utility":0.0068,"authentication":0.0068,"service":0}}})");
    }

private Q_SLOTS:
    void listsEveryTemplateWithNonApprovedDisabledWithReason()
    {
        TemplatePickerDialog d;
        d.setTemplates({positional(), named(), rejected(), paused()});
        QCOMPARE(d.listModel()->rowCount(), 4);
        const QModelIndex bad = rowOf(d, QStringLiteral("bad_promo"));
        QVERIFY(bad.isValid());
        QVERIFY(!(bad.flags() & Qt::ItemIsEnabled));
        QVERIFY(bad.data().toString().contains(QStringLiteral("Rejected")));
        QVERIFY(bad.data().toString().contains(QStringLiteral("PROMOTIONAL")));
        const QModelIndex p = rowOf(d, QStringLiteral("paused_one"));
        QVERIFY(!(p.flags() & Qt::ItemIsEnabled));
        QVERIFY(p.data().toString().contains(QStringLiteral("paused")));
        QVERIFY(rowOf(d, QStringLiteral("order_update")).flags() & Qt::ItemIsEnabled);
        QVERIFY(!d.selectTemplate(QStringLiteral("bad_promo")));
    }

    void searchMatchesTextLanguageAndCategory()
    {
        TemplatePickerDialog d;
        d.setTemplates({positional(), named(), rejected()});
        d.setSearchText(QStringLiteral("cupom"));
        QCOMPARE(d.listModel()->rowCount(), 1);
        d.setSearchText(QStringLiteral("marketing"));
        QCOMPARE(d.listModel()->rowCount(), 1);
        d.setSearchText(QStringLiteral("pt_BR"));
        QCOMPARE(d.listModel()->rowCount(), 3);
        d.setSearchText(QStringLiteral("nothing like this"));
        QCOMPARE(d.listModel()->rowCount(), 0);
    }

    void positionalSendEnabledOnlyWhenEveryFieldIsValid()
    {
        TemplatePickerDialog d;
        d.setTemplates({positional()});
        d.setContact(contact());
        QVERIFY(d.selectTemplate(QStringLiteral("order_update")));
        const auto edits = d.fieldEditors();
        QCOMPARE(edits.size(), 2);
        // {{1}} follows "Olá": prefilled with the first name; {{2}} is left to the agent.
        QCOMPARE(edits.at(0)->text(), QStringLiteral("Maria"));
        QVERIFY(edits.at(1)->text().isEmpty());
        QCOMPARE(edits.at(1)->placeholderText(), QStringLiteral("A-1001"));
        QCOMPARE(edits.at(1)->accessibleName(), QStringLiteral("{{2}} (e.g. A-1001)"));
        QVERIFY(!d.sendButton()->isEnabled());

        QTest::keyClicks(edits.at(1), QStringLiteral("A-2002"));
        QVERIFY(d.sendButton()->isEnabled());
        QCOMPARE(d.parameters().body.value(QStringLiteral("2")), QStringLiteral("A-2002"));

        // Five spaces in a row: Meta refuses it, so must we.
        edits.at(1)->setText(QStringLiteral("A     2"));
        QVERIFY(!d.sendButton()->isEnabled());
        QCOMPARE(d.fieldError(1), QStringLiteral("At most 4 spaces in a row"));
        edits.at(0)->clear();
        QTest::keyClicks(edits.at(0), QStringLiteral(" "));
        edits.at(1)->setText(QStringLiteral("A-3"));
        QVERIFY(!d.sendButton()->isEnabled());
        QCOMPARE(d.fieldError(0), QStringLiteral("Required"));
    }

    void previewUpdatesAsFieldsAreTyped()
    {
        TemplatePickerDialog d;
        d.setTemplates({positional()});
        d.setContact(contact());
        QVERIFY(d.selectTemplate(QStringLiteral("order_update")));
        QCOMPARE(d.previewText(), QStringLiteral("Olá Maria, seu pedido {{2}} saiu para entrega."));
        QTest::keyClicks(d.fieldEditors().at(1), QStringLiteral("A-9"));
        QCOMPARE(d.previewText(), QStringLiteral("Olá Maria, seu pedido A-9 saiu para entrega."));
    }

    void namedTemplateWithMediaHeaderAndUrlButton()
    {
        TemplatePickerDialog d;
        d.setTemplates({named()});
        d.setContact(contact());
        d.setRateCard(card());
        QVERIFY(d.selectTemplate(QStringLiteral("promo_named")));
        const auto edits = d.fieldEditors();
        // header media, first_name, coupon, URL suffix
        QCOMPARE(edits.size(), 4);
        QCOMPARE(edits.at(0)->accessibleName(), QStringLiteral("Header image (link or media id)"));
        QCOMPARE(edits.at(1)->accessibleName(), QStringLiteral("First name"));
        QCOMPARE(edits.at(1)->text(), QStringLiteral("Maria"));
        QCOMPARE(edits.at(2)->accessibleName(), QStringLiteral("Coupon"));
        QCOMPARE(edits.at(3)->accessibleName(), QStringLiteral("Link ending for button “Ver oferta”"));
        QVERIFY(!d.sendButton()->isEnabled());
        QTest::keyClicks(edits.at(0), QStringLiteral("not a link"));
        QTest::keyClicks(edits.at(2), QStringLiteral("BLACK10"));
        QTest::keyClicks(edits.at(3), QStringLiteral("123"));
        QVERIFY(!d.sendButton()->isEnabled());
        QCOMPARE(d.fieldError(0), QStringLiteral("Must be an https:// link or a media id"));
        edits.at(0)->setText(QStringLiteral("https://cdn.example/banner.jpg"));
        QVERIFY(d.sendButton()->isEnabled());
        const TemplateParameters p = d.parameters();
        QCOMPARE(p.header.value(QStringLiteral("media")), QStringLiteral("https://cdn.example/banner.jpg"));
        QCOMPARE(p.body.value(QStringLiteral("first_name")), QStringLiteral("Maria"));
        QCOMPARE(p.buttons.value(0), QStringLiteral("123"));
        QVERIFY(d.previewText().contains(QStringLiteral("Oi Maria, use o cupom BLACK10!")));
        QVERIFY(d.previewText().contains(QStringLiteral("[Ver oferta]")));
        QCOMPARE(d.billingNotice(),
            QStringLiteral("Billed as Marketing: about USD 0.0625 per delivered message (estimate from the "
                           "1 Oct 2026 rate card)."));
    }

    void utilityInsideOpenWindowIsFree()
    {
        TemplatePickerDialog d;
        d.setTemplates({positional()});
        d.setContact(contact());
        d.setRateCard(card());
        d.setWindowOpen(true);
        QVERIFY(d.selectTemplate(QStringLiteral("order_update")));
        QCOMPARE(
            d.billingNotice(), QStringLiteral("Billed as Utility: free inside the open 24-hour window."));
        d.setWindowOpen(false);
        QVERIFY(d.billingNotice().contains(QStringLiteral("USD 0.0068")));
    }

    void noOptInAndClosedWindowBlocksTemplates()
    {
        TemplatePickerDialog d;
        d.setTemplates({positional()});
        d.setContact(contact(QStringLiteral("unknown")));
        d.setWindowOpen(true);
        QVERIFY(d.selectTemplate(QStringLiteral("order_update")));
        QTest::keyClicks(d.fieldEditors().at(1), QStringLiteral("A-1"));
        QVERIFY(d.sendButton()->isEnabled()); // wrote first, window open: allowed
        d.setWindowOpen(false);
        QVERIFY(!d.sendButton()->isEnabled());
        QVERIFY(d.blockedReason().contains(QStringLiteral("no recorded opt-in")));
    }

    void optedOutContactCannotBeSentAnything()
    {
        TemplatePickerDialog d;
        d.setTemplates({positional()});
        d.setContact(contact(QStringLiteral("opted_out")));
        QVERIFY(d.selectTemplate(QStringLiteral("order_update")));
        QTest::keyClicks(d.fieldEditors().at(1), QStringLiteral("A-1"));
        QVERIFY(!d.sendButton()->isEnabled());
        QVERIFY(!d.canSend());
        QVERIFY(d.blockedReason().contains(QStringLiteral("NON-CONTACTABLE")));
    }
};

QTEST_MAIN(TestTemplatePicker)
#include "tst_templatepicker.moc"
