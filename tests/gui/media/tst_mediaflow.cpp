#include "client/agentsession.h"
#include "client/conversationmodel.h"
#include "client/inboxfiltermodel.h"
#include "client/inboxmodel.h"
#include "console/attachmentchip.h"
#include "console/composer.h"
#include "console/composeredit.h"
#include "console/conversationpane.h"
#include "console/conversationview.h"
#include "console/inboxview.h"
#include "console/mainwindow.h"
#include "console/mediathumbnails.h"
#include "console/messagedelegate.h"
#include "console/templatepickerdialog.h"
#include "console/ticker.h"
#include "sandbox/mediastore.h"
#include "sandbox/sandbox.h"
#include "serverharness.h"

#include <QDesktopServices>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// Stands in for the system's browser/viewer: QDesktopServices hands it the URL.
class UrlRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl& url) { urls.append(url); }
};

// The console sends a photo end to end: attach (Ctrl+Shift+A), a caption,
// Enter; the bubble shows the file at once as pending, then sent, and the
// sandbox received one image with the caption, uploaded once.
class TestMediaFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::ServerHarness> m_harness;
    std::unique_ptr<AgentSession> m_session;
    std::unique_ptr<MainWindow> m_window;

    QModelIndex lastRow() const
    {
        auto* model = m_window->conversationModel();
        return model->index(model->rowCount() - 1, 0);
    }

    // João writes (a message of `type`); his conversation is opened in the console.
    void openCustomerMessage(const QString& type, const QString& text)
    {
        QString error;
        QVERIFY(!m_harness->sandbox
                     ->injectInbound({{u"from"_s, u"5511912345678"_s}, {u"name"_s, u"João Pereira"_s},
                                         {u"type"_s, type}, {u"text"_s, text}},
                         &error)
                     .isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->inboxFilter()->rowCount(), 1, 10000);
        const qint64 id
            = m_window->inboxFilter()->index(0, 0).data(InboxModel::ConversationIdRole).toLongLong();
        QVERIFY(m_window->inboxView()->selectConversation(id));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->conversationModel()->rowCount(), 1, 5000);
    }

private Q_SLOTS:
    void init()
    {
        QCoreApplication::setOrganizationName(u"AtendoTest"_s);
        QStandardPaths::setTestModeEnabled(true);
        m_harness = std::make_unique<Test::ServerHarness>();
        m_harness->config.autoAssign = true;
        QVERIFY(m_harness->start());
        QVERIFY(m_harness->addAgent(u"maria"_s, u"s3cret-maria"_s) > 0);

        m_session = std::make_unique<AgentSession>(&m_harness->clock);
        m_window = std::make_unique<MainWindow>(m_session.get());
        m_window->ticker()->stop();
        m_window->show();
        m_session->connectToServer(m_harness->consoleUrl(), u"maria"_s, u"s3cret-maria"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), AgentSession::State::Online, 5000);
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_harness.reset();
    }

    void photoGoesFromPendingToSent()
    {
        openCustomerMessage(u"text"_s, u"Tem foto do azul?"_s);
        if (QTest::currentTestFailed())
            return;
        auto* composer = m_window->conversationPane()->composer();
        QCOMPARE(composer->mode(), Composer::Mode::FreeText);

        const QString path = m_harness->dir.filePath(u"modelo-azul.png"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray bytes = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(4000, 'p');
        file.write(bytes);
        file.close();
        composer->setFilePicker([&](QWidget*) { return path; });
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        composer->editor()->setFocus();
        QTest::keyClick(composer->editor(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(composer->attachmentChip()->text().contains(u"modelo-azul.png"_s));
        QTest::keyClicks(composer->editor(), u"Este e o azul"_s);
        QTest::keyClick(composer->editor(), Qt::Key_Return);

        // At once: a bubble with the file, pending.
        QCOMPARE(m_window->conversationModel()->rowCount(), 2);
        QCOMPARE(lastRow().data(ConversationModel::KindRole).toString(), u"image"_s);
        QCOMPARE(lastRow().data(ConversationModel::StatusRole).toString(), u"pending"_s);
        QCOMPARE(MessageDelegate::mediaDescription(lastRow()).left(7), u"[Image]"_s);
        QVERIFY(MessageDelegate::mediaDescription(lastRow()).contains(u"modelo-azul.png"_s));

        // Then sent (or further), still one bubble.
        QTRY_VERIFY_WITH_TIMEOUT(QStringList({u"sent"_s, u"delivered"_s, u"read"_s})
                                     .contains(lastRow().data(ConversationModel::StatusRole).toString()),
            10000);
        QCOMPARE(m_window->conversationModel()->rowCount(), 2);
        QCOMPARE(lastRow().data(ConversationModel::TextRole).toString(), u"Este e o azul"_s);
        QVERIFY(MessageDelegate::mediaDescription(lastRow()).contains(u"modelo-azul.png"_s));
        QCOMPARE(m_harness->sandbox->sentMessages().size(), 1);
        QCOMPARE(m_harness->sandbox->sentMessages().first().type, u"image"_s);
        QCOMPARE(m_harness->sandbox->sentMessages().first().text, u"Este e o azul"_s);
        QCOMPARE(m_harness->sandbox->media().uploads().size(), 1);
        QCOMPARE(
            m_harness->sandbox->media().find(m_harness->sandbox->media().uploads().first())->bytes, bytes);
    }

    void inboundPhotoOpensFromTheBubble()
    {
        openCustomerMessage(u"image"_s, u"Chegou assim"_s);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(lastRow().data(ConversationModel::KindRole).toString(), u"image"_s);

        // The bubble shows the photo itself, fetched once through media.get.
        const qint64 messageId = lastRow().data(ConversationModel::MessageIdRole).toLongLong();
        auto* thumbnails = m_window->conversationPane()->thumbnails();
        m_window->conversationPane()->view()->viewport()->repaint();
        QTRY_VERIFY_WITH_TIMEOUT(!thumbnails->cached(messageId).isNull(), 5000);
        QVERIFY(thumbnails->cached(messageId).width() <= MediaThumbnails::MaxSize.width());

        UrlRecorder viewer;
        QDesktopServices::setUrlHandler(u"http"_s, &viewer, "open");
        auto* view = m_window->conversationPane()->view();
        QStyleOptionViewItem option;
        option.initFrom(view->viewport());
        option.rect = view->visualRect(lastRow());
        option.font = view->font();
        const QRect media = view->messageDelegate()->layout(option, lastRow()).media;
        QVERIFY(!media.isEmpty());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, media.center());
        QTRY_COMPARE_WITH_TIMEOUT(viewer.urls.size(), 1, 5000);
        QDesktopServices::unsetUrlHandler(u"http"_s);

        // The server's signed link, and it serves the customer's photo.
        const QUrl link = viewer.urls.first();
        QCOMPARE(link.port(), int(m_harness->server->httpPort()));
        QNetworkAccessManager network;
        QNetworkReply* reply = network.get(QNetworkRequest(link));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), u"image/png"_s);
        QVERIFY(reply->readAll().startsWith("\x89PNG"));
        reply->deleteLater();
    }

    void refusedFileShowsTheReasonOnTheBubble()
    {
        openCustomerMessage(u"text"_s, u"Manda o programa"_s);
        if (QTest::currentTestFailed())
            return;
        const QString path = m_harness->dir.filePath(u"setup.exe"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("MZ") + QByteArray(500, '\0'));
        file.close();
        auto* composer = m_window->conversationPane()->composer();
        QVERIFY(composer->attach(path));
        composer->submit();
        QTRY_COMPARE_WITH_TIMEOUT(
            lastRow().data(ConversationModel::StatusRole).toString(), u"failed"_s, 5000);
        QVERIFY(lastRow().data(ConversationModel::ErrorRole).toString().contains(u"does not accept"_s));
        QCOMPARE(m_harness->sandbox->media().uploads().size(), 0);
        QCOMPARE(m_harness->sandbox->sentMessages().size(), 0);
    }
};

QTEST_MAIN(TestMediaFlow)
#include "tst_mediaflow.moc"
