#pragma once

#include <QObject>

class TestGraphRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void messagesRequest();
    void sandboxBaseUrlAndVersion();
    void mediaRequests();
    void listTemplatesRequest();
    void textBody();
    void textBodyReplyingWithOpaqueData();
    void templateBody();
    void templateBodyWithoutParameters();
    void reactionAndMarkRead();
    void sendResponseSuccess();
    void sendResponseBsuid();
    void sendResponseErrors_data();
    void sendResponseErrors();
    void templatePageWithNext();
    void templatePageLast();
    void templatePageErrors();
    void mediaInfo();
    void mediaInfoErrors();
};
