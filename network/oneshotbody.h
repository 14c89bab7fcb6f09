#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that can be read only once. Qt's HTTP layer silently sends a request again when
// the connection drops before any answer arrives, even a POST; with a body it cannot rewind, it
// reports QNetworkReply::ContentReSendError instead, so a purchase is never sent twice.
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};
