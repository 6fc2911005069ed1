#include "provider/ProviderTexts.h"

#include <QCoreApplication>

namespace ringback {

QString ProviderTexts::translate(const QString &providerId, const QString &text)
{
    if (text.isEmpty())
        return text;
    return QCoreApplication::translate(
        kContext, text.toUtf8().constData(), providerId.toUtf8().constData());
}

} // namespace ringback
