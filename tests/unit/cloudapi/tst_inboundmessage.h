#pragma once

#include <QObject>

class TestInboundMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textFromMetaExample();
    void image();
    void videoAudioStickerDocument_data();
    void videoAudioStickerDocument();
    void location();
    void interactiveButtonReply();
    void interactiveListReply();
    void interactiveOfUnknownKindWarns();
    void templateQuickReplyButton();
    void reaction();
    void reactionRemoved();
    void unsupportedCarriesErrors();
    void unknownTypeIsKeptWithWarning();
    void forwardedContextAndReferredProduct();
    void referralFromClickToWhatsAppAd();
    void contactWithWaIdUserIdAndUsername();
    void contactWithUserIdOnly();
    void profileIsMatchedToTheRightSender();
    void numericTimestampIsAccepted();
    void unreadableTimestampWarnsButKeepsMessage();
    void rawKeepsUnknownFields();
    void typeNamesRoundTrip();
};
