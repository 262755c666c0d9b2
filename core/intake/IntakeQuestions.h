#pragma once

#include "templates/TemplateRole.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ringback {

struct Lead;

// The intake questions (DESIGN §11): one per thing the lead card wants to know, each with its
// owner-edited text (a template role), asked in this order, each only while its field is empty.
enum class IntakeQuestion { Need, Address, When, Photo };

QString toText(IntakeQuestion q); // "need", "address", "when", "photo" (settings, dedupe keys)
std::optional<IntakeQuestion> intakeQuestionFromText(const QString& text);
TemplateRole templateRoleOf(IntakeQuestion q);
QList<IntakeQuestion> allIntakeQuestions();
// The questions a settings list names, in the fixed order, each once.
QList<IntakeQuestion> intakeQuestionsFrom(const QStringList& names);

// Whether the lead card already knows what the question asks.
bool isAnswered(IntakeQuestion q, const Lead& lead);

} // namespace ringback
