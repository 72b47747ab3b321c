// DeviceSink: the part every writer shares: bytes go to a QIODevice, and a failed write becomes a
// Status naming the device's error (a full disk must not look like a finished export).
#pragma once

#include "ExportSink.h"

#include <QIODevice>

namespace gloss {

class DeviceSink : public ExportSink {
public:
    explicit DeviceSink(QIODevice *device) : m_device(device) {}

protected:
    Status write(const QByteArray &bytes)
    {
        if (m_device->write(bytes) != bytes.size())
            return Error{QStringLiteral("cannot write the export: %1").arg(m_device->errorString())};
        return {};
    }
    Status write(const QString &text) { return write(text.toUtf8()); }

private:
    QIODevice *m_device;
};

} // namespace gloss
