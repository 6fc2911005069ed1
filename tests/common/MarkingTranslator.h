#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QTranslator>

#include <utility>

namespace ringback::test {

// A translator for tests: it "translates" the messages of one context into
// "<mark>[<disambiguation>|%n]<source>", so a test sees which message, which
// disambiguation and which %n count the code asked for (QCoreApplication
// replaces the %n with the count). Installed for its lifetime.
class MarkingTranslator final : public QTranslator
{
public:
    MarkingTranslator(QByteArray context, QString mark)
        : m_context(std::move(context))
        , m_mark(std::move(mark))
    {
        QCoreApplication::installTranslator(this);
    }
    ~MarkingTranslator() override { QCoreApplication::removeTranslator(this); }

    bool isEmpty() const override { return false; }
    QString translate(const char *context,
                      const char *sourceText,
                      const char *disambiguation,
                      int n) const override
    {
        if (m_context != context)
            return {};
        return m_mark + QLatin1Char('[') + QString::fromUtf8(disambiguation)
               + (n >= 0 ? QStringLiteral("|%n") : QString()) + QLatin1Char(']')
               + QString::fromUtf8(sourceText);
    }

private:
    QByteArray m_context;
    QString m_mark;
};

} // namespace ringback::test
