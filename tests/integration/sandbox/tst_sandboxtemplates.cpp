// GET/POST /{version}/{waba_id}/message_templates: Graph node shape, filters,
// cursor paging, creation (PENDING) and approval through the control API.
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxTemplates : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> f;

    QUrl templatesUrl(const QString& query = {}) const
    {
        return f->url(u"/v24.0/"_s + f->config.wabaId + u"/message_templates"_s
            + (query.isEmpty() ? QString() : u"?"_s + query));
    }

    QJsonArray list(const QString& query)
    {
        const auto result = f->http.get(templatesUrl(query), f->token());
        return result.status == 200 ? result.json().value(u"data"_s).toArray() : QJsonArray();
    }

    QJsonObject validTemplate() const
    {
        return {{u"name"_s, u"lembrete_retirada"_s}, {u"language"_s, u"pt_BR"_s},
            {u"category"_s, u"UTILITY"_s}, {u"parameter_format"_s, u"positional"_s},
            {u"components"_s,
                QJsonArray {QJsonObject {{u"type"_s, u"BODY"_s},
                    {u"text"_s, u"{{1}}, seu pedido está pronto para retirada."_s},
                    {u"example"_s, QJsonObject {{u"body_text"_s, QJsonArray {QJsonArray {u"Ana"_s}}}}}}}}};
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<SandboxFixture>();
        QVERIFY(f->start());
    }
    void cleanup() { f.reset(); }

    void seedTemplatesHaveTheGraphNodeShape()
    {
        const QJsonArray all = list(u"limit=100"_s);
        QVERIFY(all.size() >= 12);
        QSet<QString> languages;
        QSet<QString> categories;
        QSet<QString> statuses;
        for (const QJsonValue& value : all) {
            const QJsonObject node = value.toObject();
            for (const QString& field : {u"id"_s, u"name"_s, u"language"_s, u"status"_s, u"category"_s,
                     u"parameter_format"_s, u"components"_s, u"quality_score"_s})
                QVERIFY2(node.contains(field),
                    qPrintable(node.value(u"name"_s).toString() + u" lacks "_s + field));
            languages.insert(node.value(u"language"_s).toString());
            categories.insert(node.value(u"category"_s).toString());
            statuses.insert(node.value(u"status"_s).toString());
        }
        QVERIFY(
            languages.contains(u"pt_BR"_s) && languages.contains(u"en_US"_s) && languages.contains(u"es"_s));
        QCOMPARE(categories, (QSet<QString> {u"UTILITY"_s, u"MARKETING"_s, u"AUTHENTICATION"_s}));
        for (const QString& status : {u"APPROVED"_s, u"PENDING"_s, u"REJECTED"_s, u"PAUSED"_s})
            QVERIFY(statuses.contains(status));
    }

    void pagingFollowsCursorsToTheEnd()
    {
        const int total = int(list(u"limit=100"_s).size());
        QStringList names;
        QUrl next = templatesUrl(u"limit=5"_s);
        int pages = 0;
        while (next.isValid() && !next.isEmpty()) {
            const auto page = f->http.get(next, f->token());
            QCOMPARE(page.status, 200);
            const QJsonArray data = page.json().value(u"data"_s).toArray();
            QVERIFY(data.size() <= 5 && !data.isEmpty());
            for (const QJsonValue& node : data)
                names.append(node.toObject().value(u"name"_s).toString()
                    + node.toObject().value(u"language"_s).toString());
            const QJsonObject paging = page.json().value(u"paging"_s).toObject();
            QVERIFY(!paging.value(u"cursors"_s).toObject().value(u"after"_s).toString().isEmpty());
            next = QUrl(paging.value(u"next"_s).toString());
            QVERIFY(++pages < 10);
        }
        QCOMPARE(pages, (total + 4) / 5);
        QCOMPARE(names.size(), total);
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), total);

        // "after" works by hand too.
        const auto first = f->http.get(templatesUrl(u"limit=2"_s), f->token()).json();
        const QString after
            = first.value(u"paging"_s).toObject().value(u"cursors"_s).toObject().value(u"after"_s).toString();
        const QJsonArray second = list(u"limit=2&after="_s + after);
        const QJsonObject third = second.first().toObject();
        QCOMPARE(third.value(u"name"_s).toString() + third.value(u"language"_s).toString(), names.at(2));
        QVERIFY(!first.value(u"data"_s).toArray().contains(second.first()));
    }

    void filtersNarrowTheList()
    {
        for (const QJsonValue& node : list(u"status=APPROVED&limit=100"_s))
            QCOMPARE(node.toObject().value(u"status"_s).toString(), u"APPROVED"_s);
        const QJsonArray marketing = list(u"category=MARKETING&limit=100"_s);
        QVERIFY(!marketing.isEmpty());
        for (const QJsonValue& node : marketing)
            QCOMPARE(node.toObject().value(u"category"_s).toString(), u"MARKETING"_s);
        const QJsonArray spanish = list(u"language=es&limit=100"_s);
        QCOMPARE(spanish.size(), 2);
        const QJsonArray named = list(u"name=pedido_confirmado"_s);
        QCOMPARE(named.size(), 1);
        QCOMPARE(list(u"status=APPROVED&category=AUTHENTICATION&language=en_US"_s).size(), 1);
    }

    void createdTemplatesWaitForApproval()
    {
        const auto created = f->http.post(templatesUrl(), validTemplate(), f->token());
        QCOMPARE(created.status, 200);
        QCOMPARE(created.json().value(u"status"_s).toString(), u"PENDING"_s);
        QCOMPARE(created.json().value(u"category"_s).toString(), u"UTILITY"_s);
        const QString id = created.json().value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());
        const QJsonArray found = list(u"name=lembrete_retirada"_s);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().toObject().value(u"id"_s).toString(), id);
        QCOMPARE(found.first().toObject().value(u"parameter_format"_s).toString(), u"POSITIONAL"_s);

        const QJsonArray body {QJsonObject {{u"type"_s, u"body"_s},
            {u"parameters"_s, QJsonArray {QJsonObject {{u"type"_s, u"text"_s}, {u"text"_s, u"Ana"_s}}}}}};
        const QString ana = u"5511987654321"_s;
        QCOMPARE(SandboxFixture::errorCodeOf(f->sendTemplate(ana, u"lembrete_retirada"_s, u"pt_BR"_s, body)),
            132001);
        QCOMPARE(f->http
                     .post(f->url(u"/sandbox/templates/lembrete_retirada/status"_s),
                         {{u"status"_s, u"APPROVED"_s}})
                     .status,
            200);
        QCOMPARE(f->sendTemplate(ana, u"lembrete_retirada"_s, u"pt_BR"_s, body).status, 200);
        QTRY_VERIFY(!f->receiver->values(u"message_template_status_update"_s).isEmpty());
        QCOMPARE(
            f->receiver->values(u"message_template_status_update"_s).first().value(u"event"_s).toString(),
            u"APPROVED"_s);
    }

    void invalidTemplatesAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("uppercase name") << u"name"_s << QJsonValue(u"Lembrete"_s);
        QTest::newRow("name with space") << u"name"_s << QJsonValue(u"lembrete retirada"_s);
        QTest::newRow("name too long") << u"name"_s << QJsonValue(QString(513, u'a'));
        QTest::newRow("unknown category") << u"category"_s << QJsonValue(u"SERVICE"_s);
        QTest::newRow("no body") << u"components"_s
                                 << QJsonValue(QJsonArray {
                                        QJsonObject {{u"type"_s, u"FOOTER"_s}, {u"text"_s, u"x"_s}}});
        QTest::newRow("duplicate") << u"name"_s << QJsonValue(u"pedido_confirmado"_s);
    }

    void invalidTemplatesAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject request = validTemplate();
        request.insert(field, value);
        const auto refused = f->http.post(templatesUrl(), request, f->token());
        QCOMPARE(refused.status, 400);
        QCOMPARE(SandboxFixture::errorCodeOf(refused), 100);
        QCOMPARE(list(u"status=PENDING&limit=100"_s).size(), 1); // only the seeded one
    }

    void maxLengthNameIsAccepted()
    {
        QJsonObject request = validTemplate();
        request.insert(u"name"_s, QString(512, u'a'));
        QCOMPARE(f->http.post(templatesUrl(), request, f->token()).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxTemplates)
#include "tst_sandboxtemplates.moc"
