#include "WhatsAppTemplateFill.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ringback {

namespace {
bool mentions(const QString& sample, std::initializer_list<const char*> words)
{
    for (const char* word : words) {
        if (sample.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}
} // namespace

FilledTemplate WhatsAppTemplateFill::fill(const WhatsAppTemplate& approved, const TemplateContext& context)
{
    QJsonObject variables;
    QString body = approved.body;
    for (const auto& [key, sample] : approved.variables) {
        QString value;
        if (mentions(sample, {"business", "company"}))
            value = context.business.trimmed();
        else if (mentions(sample, {"link", "booking", "url"}))
            value = context.bookingLink.trimmed();
        else if (mentions(sample, {"staff", "agent"}))
            value = context.staff.trimmed();
        else if (mentions(sample, {"name"}))
            //: Stands for a customer's first name Ringback does not know ("Hi there")
            value = context.firstName.trimmed().isEmpty() ? tr("there") : context.firstName.trimmed();
        if (value.isEmpty())
            value = sample;
        variables.insert(key, value);
        body.replace(QStringLiteral("{{%1}}").arg(key), value);
    }
    return {body, variables.isEmpty()
                      ? QString()
                      : QString::fromUtf8(QJsonDocument(variables).toJson(QJsonDocument::Compact))};
}

} // namespace ringback
