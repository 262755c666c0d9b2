<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>HeldTextsCommand</name>
    <message numerus="yes">
        <source>Released %n held text(s): they go out at the next check of the desk or worker that texts.</source>
        <translation>
            <numerusform>Released %n held text: it goes out at the next check of the desk or worker that texts.</numerusform>
            <numerusform>Released %n held texts: they go out at the next check of the desk or worker that texts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TwilioErrorMapper</name>
    <message numerus="yes">
        <source>Twilio asked Ringback to slow down, so it will try again in %n second(s).</source>
        <translation>
            <numerusform>Twilio asked Ringback to slow down, so it will try again in %n second.</numerusform>
            <numerusform>Twilio asked Ringback to slow down, so it will try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s), so Ringback will try again.</source>
        <translation>
            <numerusform>%1 did not answer within %n second, so Ringback will try again.</numerusform>
            <numerusform>%1 did not answer within %n seconds, so Ringback will try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatsAppWindow</name>
    <message numerus="yes">
        <source>WhatsApp window: %n h left</source>
        <translation>
            <numerusform>WhatsApp window: %n h left</numerusform>
            <numerusform>WhatsApp window: %n h left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>WhatsApp window: %n min left</source>
        <translation>
            <numerusform>WhatsApp window: %n min left</numerusform>
            <numerusform>WhatsApp window: %n min left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::AutomationState</name>
    <message numerus="yes">
        <source>Auto text-back is live. Last checked %1, %n text(s) queued.</source>
        <translation>
            <numerusform>Auto text-back is live. Last checked %1, %n text queued.</numerusform>
            <numerusform>Auto text-back is live. Last checked %1, %n texts queued.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::CsvExport</name>
    <message numerus="yes">
        <source>won jobs (%n)</source>
        <translation>
            <numerusform>won job (%n)</numerusform>
            <numerusform>won jobs (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::RelativeTime</name>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes ago</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::TemplateStore</name>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1 (and %n more problem)</numerusform>
            <numerusform>%1 (and %n more problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::app</name>
    <message numerus="yes">
        <source>Moved %n record(s) to %1. This desk now uses the shared database; %2 stays as a backup.
</source>
        <translation>
            <numerusform>Moved %n record to %1. This desk now uses the shared database; %2 stays as a backup.
</numerusform>
            <numerusform>Moved %n records to %1. This desk now uses the shared database; %2 stays as a backup.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::ui::AutomationStatusView</name>
    <message numerus="yes">
        <source>Checked %n s ago</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>Checked %n s ago</numerusform>
            <numerusform>Checked %n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n min ago</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>Checked %n min ago</numerusform>
            <numerusform>Checked %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln text(s) queued</source>
        <translation>
            <numerusform>%Ln text queued</numerusform>
            <numerusform>%Ln texts queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next try in %n s</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>next try in %n s</numerusform>
            <numerusform>next try in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) ringing</source>
        <translation>
            <numerusform>%n call ringing</numerusform>
            <numerusform>%n calls ringing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) to the provider per hour</source>
        <translation>
            <numerusform>%Ln request to the provider per hour</numerusform>
            <numerusform>%Ln requests to the provider per hour</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::ui::Composer</name>
    <message numerus="yes">
        <source>%Ln character(s) · %1 SMS</source>
        <extracomment>Under the reply box: &quot;42 characters · 1 SMS&quot;</extracomment>
        <translation>
            <numerusform>%Ln character · %1 SMS</numerusform>
            <numerusform>%Ln characters · %1 SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <extracomment>Under the reply box on WhatsApp: &quot;42 characters&quot;</extracomment>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::ui::ConversationListModel</name>
    <message numerus="yes">
        <source>waiting %n min</source>
        <translation>
            <numerusform>waiting %n min</numerusform>
            <numerusform>waiting %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n h</source>
        <translation>
            <numerusform>waiting %n h</numerusform>
            <numerusform>waiting %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n d</source>
        <translation>
            <numerusform>waiting %n d</numerusform>
            <numerusform>waiting %n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::ui::ConversationView</name>
    <message numerus="yes">
        <source>%1 and %n others are replying…</source>
        <translation>
            <numerusform>%1 and %n other are replying…</numerusform>
            <numerusform>%1 and %n others are replying…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::ui::DashboardPage</name>
    <message numerus="yes">
        <source>%Ln lead(s) exported.</source>
        <translation>
            <numerusform>%Ln lead exported.</numerusform>
            <numerusform>%Ln leads exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) exported.</source>
        <translation>
            <numerusform>%Ln call exported.</numerusform>
            <numerusform>%Ln calls exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every desk was closed and no always-on worker was running. An always-on worker would have texted these %n caller(s) back within seconds; %1 of them got no text at all. See &quot;Keep texting when the office is closed&quot; in the guide.</source>
        <translation>
            <numerusform>Every desk was closed and no always-on worker was running. An always-on worker would have texted this caller back within seconds (callers who got no text at all: %1). See &quot;Keep texting when the office is closed&quot; in the guide.</numerusform>
            <numerusform>Every desk was closed and no always-on worker was running. An always-on worker would have texted these %n callers back within seconds; %1 of them got no text at all. See &quot;Keep texting when the office is closed&quot; in the guide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rates count only calls since Ringback was switched on (%1); before Ringback: %2 missed call(s).</source>
        <translation>
            <numerusform>Rates count only calls since Ringback was switched on (%1); before Ringback: %2 missed call.</numerusform>
            <numerusform>Rates count only calls since Ringback was switched on (%1); before Ringback: %2 missed calls.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) booked or won from missed calls Ringback texted back</source>
        <translation>
            <numerusform>%n job booked or won from missed calls Ringback texted back</numerusform>
            <numerusform>%n jobs booked or won from missed calls Ringback texted back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them valued at the average job (no value of their own)</source>
        <translation>
            <numerusform>%n of them valued at the average job (no value of their own)</numerusform>
            <numerusform>%n of them valued at the average job (no value of their own)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed call(s) nobody texted, answered or called back, at %1 each</source>
        <translation>
            <numerusform>%n missed call nobody texted, answered or called back, at %1 each</numerusform>
            <numerusform>%n missed calls nobody texted, answered or called back, at %1 each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average job %1: the mean of %n won job(s).</source>
        <translation>
            <numerusform>Average job %1: the mean of %n won job.</numerusform>
            <numerusform>Average job %1: the mean of %n won jobs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::ui::IntakePanel</name>
    <message numerus="yes">
        <source>Saved. %n urgent word(s).</source>
        <translation>
            <numerusform>Saved. %n urgent word.</numerusform>
            <numerusform>Saved. %n urgent words.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::ui::LeadBoardPage</name>
    <message numerus="yes">
        <source>%n leads</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::ui::LeadCard</name>
    <message numerus="yes">
        <source>%n photo(s) in the conversation</source>
        <translation>
            <numerusform>%n photo in the conversation</numerusform>
            <numerusform>%n photos in the conversation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::ui::LeadColumnModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::ui::MainWindow</name>
    <message numerus="yes">
        <source>Inbox (%n)</source>
        <comment>the number of conversations that need a reply</comment>
        <translation>
            <numerusform>Inbox (%n)</numerusform>
            <numerusform>Inbox (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inbox, %n need a reply</source>
        <translation>
            <numerusform>Inbox, %n needs a reply</numerusform>
            <numerusform>Inbox, %n need a reply</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::ui::ReplyNotifier</name>
    <message numerus="yes">
        <source>%1 — %n unread</source>
        <translation>
            <numerusform>%1 — %n unread</numerusform>
            <numerusform>%1 — %n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new replies</source>
        <translation>
            <numerusform>%n new reply</numerusform>
            <numerusform>%n new replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n need a reply</source>
        <translation>
            <numerusform>%1 — %n needs a reply</numerusform>
            <numerusform>%1 — %n need a reply</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need a reply</source>
        <translation>
            <numerusform>%n needs a reply</numerusform>
            <numerusform>%n need a reply</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::ui::SetAsideNotice</name>
    <message numerus="yes">
        <source>• %1 (%n record(s))</source>
        <translation>
            <numerusform>• %1 (%n record)</numerusform>
            <numerusform>• %1 (%n records)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call record(s) from the provider could not be read — set aside.</source>
        <translation>
            <numerusform>%n call record from the provider could not be read — set aside.</numerusform>
            <numerusform>%n call records from the provider could not be read — set aside.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text message record(s) from the provider could not be read — set aside.</source>
        <translation>
            <numerusform>%n text message record from the provider could not be read — set aside.</numerusform>
            <numerusform>%n text message records from the provider could not be read — set aside.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::ui::SharedDatabaseDialog</name>
    <message numerus="yes">
        <source>Moved %n record(s) to the shared database. This desk&apos;s own file stays as a backup.</source>
        <translation>
            <numerusform>Moved %n record to the shared database. This desk&apos;s own file stays as a backup.</numerusform>
            <numerusform>Moved %n records to the shared database. This desk&apos;s own file stays as a backup.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::ui::TemplateEditor</name>
    <message numerus="yes">
        <source>%Ln text(s)</source>
        <translation>
            <numerusform>%Ln text</numerusform>
            <numerusform>%Ln texts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::ui::ThreadDelegate</name>
    <message numerus="yes">
        <source>View %n photo(s)</source>
        <translation>
            <numerusform>View %n photo</numerusform>
            <numerusform>View %n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::ui::ThreadModel</name>
    <message numerus="yes">
        <source>They wrote at %1, with %n photo(s): %2</source>
        <translation>
            <numerusform>They wrote at %1, with %n photo: %2</numerusform>
            <numerusform>They wrote at %1, with %n photos: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They wrote on WhatsApp at %1, with %n photo(s): %2</source>
        <translation>
            <numerusform>They wrote on WhatsApp at %1, with %n photo: %2</numerusform>
            <numerusform>They wrote on WhatsApp at %1, with %n photos: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::ui::WaitingReminder</name>
    <message numerus="yes">
        <source>%n customers waiting over %1 min</source>
        <extracomment>A desktop notification: &quot;3 customers waiting over 10 min&quot;, then &quot;Longest: (512) 555-0147, 14 min&quot;</extracomment>
        <translation>
            <numerusform>%n customer waiting over %1 min</numerusform>
            <numerusform>%n customers waiting over %1 min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::ui::WhoIsTextingLabel</name>
    <message numerus="yes">
        <source>Texting from the always-on worker on %1 (last seen %n s ago)</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>Texting from the always-on worker on %1 (last seen %n s ago)</numerusform>
            <numerusform>Texting from the always-on worker on %1 (last seen %n s ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Texting from %1 (last seen %n s ago)</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>Texting from %1 (last seen %n s ago)</numerusform>
            <numerusform>Texting from %1 (last seen %n s ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Texting from the always-on worker on %1 (last seen %n min ago)</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>Texting from the always-on worker on %1 (last seen %n min ago)</numerusform>
            <numerusform>Texting from the always-on worker on %1 (last seen %n min ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Texting from %1 (last seen %n min ago)</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>Texting from %1 (last seen %n min ago)</numerusform>
            <numerusform>Texting from %1 (last seen %n min ago)</numerusform>
        </translation>
    </message>
</context>
</TS>
