#pragma once

#include <QObject>

class TestWebhookVerification : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void echoesChallengeForMetaExample();
    void echoesStringChallengeUnchanged();
    void refuses_data();
    void refuses();
    void challengeQueryIsAnsweredByAnswer();
    void challengeQueryWithOtherModeIsRefused();
};
