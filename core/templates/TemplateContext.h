#pragma once

#include <QString>

namespace ringback {

// The values a template's placeholders stand for, for one message.
struct TemplateContext
{
    QString business;    // {business}: the business name from Settings
    QString firstName;   // {first_name}: known contacts only; empty drops it from the sentence
    QString bookingLink; // {booking_link}
    QString nextOpen;    // {next_open}: BusinessHoursText::nextOpenText(), "tomorrow at 7:00 AM"
    QString staff;       // {staff}: the person replying, or the staff on duty
};

} // namespace ringback
