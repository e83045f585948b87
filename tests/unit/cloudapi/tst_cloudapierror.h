#pragma once

#include <QObject>

class TestCloudApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesGraphErrorBody();
    void parsesWebhookErrorItem();
    void unreadableBodiesStillYieldAnError_data();
    void unreadableBodiesStillYieldAnError();
    void networkFailureIsRetryable();
    void classification_data();
    void classification();
    void graphJsonRoundTrips();
    void webhookJsonRoundTrips();
};
