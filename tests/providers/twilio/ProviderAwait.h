#pragma once

#include "providers/VoipProvider.h"

#include <QtTest>

#include <optional>

namespace ringback::test {

// Catches the one answer of an asynchronous provider call; wait() spins the event loop until it
// arrives (QTest::qWaitFor), never sleeping blindly.
template <class T>
class ProviderAwait
{
public:
    VoipProvider::Done<T> callback()
    {
        return [this](ProviderResult<T> r) {
            ++m_calls;
            m_result.emplace(std::move(r));
        };
    }
    bool wait(int timeoutMs = 10'000)
    {
        return QTest::qWaitFor([this] { return m_result.has_value(); }, timeoutMs);
    }
    int calls() const { return m_calls; }
    bool ok() const { return m_result && m_result->ok(); }
    const T& value() const { return m_result->value(); }
    const ProviderError& error() const { return m_result->error(); }
    // For failure messages: what went wrong, when something did.
    const char* describe()
    {
        if (!m_result)
            m_description = "no answer";
        else if (m_result->ok())
            m_description = "ok";
        else
            m_description = (m_result->error().message + QStringLiteral(" [") +
                             m_result->error().providerMessage + QLatin1Char(']'))
                                .toUtf8();
        return m_description.constData();
    }

private:
    std::optional<ProviderResult<T>> m_result;
    int m_calls = 0;
    QByteArray m_description;
};

} // namespace ringback::test
