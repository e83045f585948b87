#include "cloudapi/graphrequests.h"
#include "sandbox/multipartform.h"

#include <QHttpMultiPart>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;

// The sandbox's reader of Meta's upload form: fields and the file's bytes come
// back exact (even bytes that look like a delimiter), laid out as
// QHttpMultiPart writes them (the end-to-end upload is in tests/integration/media);
// bodies that do not follow their boundary are refused.
class TestMultipartForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsFieldsAndExactBytes()
    {
        QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
        bytes.append("\r\n--not-the-boundary\r\n");
        bytes.append(QByteArray(300, '\0'));
        std::unique_ptr<QHttpMultiPart> multi(
            GraphRequests::mediaUploadBody(bytes, u"image/png"_s, u"foto \"azul\".png"_s, nullptr));
        // QHttpMultiPart gives its body only to QNetworkAccessManager: the same
        // layout, with its boundary.
        const QByteArray boundary = multi->boundary();
        QByteArray body;
        const auto part = [&](const QByteArray& headers, const QByteArray& content) {
            body += "--" + boundary + "\r\n" + headers + "\r\n\r\n" + content + "\r\n";
        };
        part("Content-Disposition: form-data; name=\"messaging_product\"", "whatsapp");
        part("Content-Disposition: form-data; name=\"type\"", "image/png");
        part("Content-Disposition: form-data; name=\"file\"; filename=\"foto 'azul'.png\"\r\nContent-Type: "
             "image/png",
            bytes);
        body += "--" + boundary + "--\r\n";

        const auto form = MultipartForm::parse("multipart/form-data; boundary=\"" + boundary + '"', body);
        QVERIFY(form);
        QCOMPARE(form->text(u"messaging_product"_s), u"whatsapp"_s);
        QCOMPARE(form->text(u"type"_s), u"image/png"_s);
        QCOMPARE(form->parts.value(u"file"_s).body, bytes);
        QCOMPARE(form->parts.value(u"file"_s).fileName, u"foto 'azul'.png"_s);
        QCOMPARE(form->parts.value(u"file"_s).contentType, u"image/png"_s);
    }

    void refusesWhatIsNotMultipart()
    {
        QVERIFY(!MultipartForm::parse("application/json", "{}"));
        QVERIFY(!MultipartForm::parse("multipart/form-data", "--x\r\n"));
        // No closing delimiter.
        QVERIFY(!MultipartForm::parse(
            "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1"));
        // A part without a name.
        QVERIFY(!MultipartForm::parse(
            "multipart/form-data; boundary=x", "--x\r\nContent-Type: text/plain\r\n\r\n1\r\n--x--"));
    }
};

QTEST_GUILESS_MAIN(TestMultipartForm)
#include "tst_multipartform.moc"
