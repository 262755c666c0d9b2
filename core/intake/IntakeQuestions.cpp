#include "IntakeQuestions.h"

#include "domain/Lead.h"

namespace ringback {

QString toText(IntakeQuestion q)
{
    switch (q) {
    case IntakeQuestion::Need:
        return QStringLiteral("need");
    case IntakeQuestion::Address:
        return QStringLiteral("address");
    case IntakeQuestion::When:
        return QStringLiteral("when");
    case IntakeQuestion::Photo:
        return QStringLiteral("photo");
    }
    Q_UNREACHABLE();
}

std::optional<IntakeQuestion> intakeQuestionFromText(const QString& text)
{
    for (IntakeQuestion q : allIntakeQuestions()) {
        if (toText(q) == text.trimmed())
            return q;
    }
    return std::nullopt;
}

TemplateRole templateRoleOf(IntakeQuestion q)
{
    switch (q) {
    case IntakeQuestion::Need:
        return TemplateRole::IntakeNeed;
    case IntakeQuestion::Address:
        return TemplateRole::IntakeAddress;
    case IntakeQuestion::When:
        return TemplateRole::IntakeWhen;
    case IntakeQuestion::Photo:
        return TemplateRole::IntakePhoto;
    }
    Q_UNREACHABLE();
}

QList<IntakeQuestion> allIntakeQuestions()
{
    return {IntakeQuestion::Need, IntakeQuestion::Address, IntakeQuestion::When, IntakeQuestion::Photo};
}

QList<IntakeQuestion> intakeQuestionsFrom(const QStringList& names)
{
    QList<IntakeQuestion> out;
    for (IntakeQuestion q : allIntakeQuestions()) {
        if (names.contains(toText(q)))
            out << q;
    }
    return out;
}

bool isAnswered(IntakeQuestion q, const Lead& lead)
{
    switch (q) {
    case IntakeQuestion::Need:
        return !lead.need.trimmed().isEmpty();
    case IntakeQuestion::Address:
        return !lead.address.trimmed().isEmpty();
    case IntakeQuestion::When:
        return !lead.jobWhen.trimmed().isEmpty();
    case IntakeQuestion::Photo:
        return lead.photoCount > 0;
    }
    return false;
}

} // namespace ringback
