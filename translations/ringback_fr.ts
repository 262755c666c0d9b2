<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Run with demo data and a simulated phone provider; no account needed.</source>
        <translation>Lancer avec des données de démonstration et un opérateur téléphonique simulé ; aucun compte nécessaire.</translation>
    </message>
    <message>
        <source>Check the phone provider account: print its name and numbers, or what is wrong, and exit.</source>
        <translation>Vérifier le compte de l&apos;opérateur téléphonique : afficher son nom et ses numéros, ou ce qui ne va pas, puis quitter.</translation>
    </message>
    <message>
        <source>The phone provider to check: twilio (the default).</source>
        <translation>L&apos;opérateur téléphonique à vérifier : twilio (par défaut).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>The provider&apos;s API address, for a Twilio-compatible service (default: https://api.twilio.com).</source>
        <translation>L&apos;adresse de l&apos;API de l&apos;opérateur, pour un service compatible avec Twilio (par défaut : https://api.twilio.com).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Run only the text-back automation, without a window (for an always-on computer). Stops cleanly on Ctrl+C.</source>
        <translation>N&apos;exécuter que la réponse automatique par SMS, sans fenêtre (pour un ordinateur toujours allumé). S&apos;arrête proprement avec Ctrl+C.</translation>
    </message>
    <message>
        <source>With --headless: stop after &lt;seconds&gt; (for scripts and tests).</source>
        <translation>Avec --headless : s&apos;arrêter après &lt;seconds&gt; secondes (pour les scripts et les tests).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Write every setting (no passwords or tokens) to the JSON file &lt;file&gt; and exit.</source>
        <translation>Écrire tous les réglages (sans mots de passe ni jetons) dans le fichier JSON &lt;file&gt; puis quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Read settings from the JSON file &lt;file&gt; (made with --export-settings) and exit.</source>
        <translation>Lire les réglages depuis le fichier JSON &lt;file&gt; (créé avec --export-settings) puis quitter.</translation>
    </message>
    <message>
        <source>Ringback texts back the callers your office missed.</source>
        <translation>Ringback envoie un SMS aux personnes dont votre bureau a manqué l&apos;appel.</translation>
    </message>
    <message>
        <source>Start in the system tray without opening the window (used when Ringback starts at sign-in).</source>
        <translation>Démarrer dans la zone de notification sans ouvrir la fenêtre (utilisé quand Ringback démarre à l&apos;ouverture de session).</translation>
    </message>
    <message>
        <source>Use the database file &lt;path&gt; instead of the one in your data folder, or a shared database: postgresql://user@server:5432/database.</source>
        <translation>Utiliser le fichier de base de données &lt;path&gt; au lieu de celui de votre dossier de données, ou une base partagée : postgresql://utilisateur@serveur:5432/base.</translation>
    </message>
    <message>
        <source>Copy this desk&apos;s database into the empty shared database &lt;url&gt; (postgresql://user@server/database), use that from now on, and exit. The file stays as a backup.</source>
        <translation>Copier la base de données de ce poste dans la base partagée vide &lt;url&gt; (postgresql://utilisateur@serveur/base), l’utiliser désormais, puis quitter. Le fichier est gardé comme sauvegarde.</translation>
    </message>
    <message>
        <source>Send the automatic texts held for approval (over the hourly limit) and exit; the desk or worker that texts sends them at its next check.</source>
        <translation>Envoyer les SMS automatiques retenus pour approbation (au-delà de la limite horaire) et quitter ; le poste ou le service qui envoie les SMS les envoie à sa prochaine vérification.</translation>
    </message>
    <message>
        <source>Twilio&apos;s Messaging API address, where the texting registration is read (default: https://messaging.twilio.com).</source>
        <translation>Adresse de l&apos;API Messaging de Twilio, où l&apos;enregistrement pour les SMS est lu (par défaut : https://messaging.twilio.com).</translation>
    </message>
</context>
<context>
    <name>HeldTextsCommand</name>
    <message>
        <source>Could not read the held texts: %1</source>
        <translation>Impossible de lire les SMS retenus : %1</translation>
    </message>
    <message>
        <source>No texts are held for approval.</source>
        <translation>Aucun SMS n&apos;est retenu pour approbation.</translation>
    </message>
    <message>
        <source>The held texts were not released: %1</source>
        <translation>Les SMS retenus n&apos;ont pas été libérés : %1</translation>
    </message>
    <message numerus="yes">
        <source>Released %n held text(s): they go out at the next check of the desk or worker that texts.</source>
        <translation>
            <numerusform>%n SMS retenu libéré : il part à la prochaine vérification du poste ou du service qui envoie les SMS.</numerusform>
            <numerusform>%n SMS retenus libérés : ils partent à la prochaine vérification du poste ou du service qui envoie les SMS.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Ringback cannot start</source>
        <translation>Ringback ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Ringback could not start again: open it from the menu.</source>
        <translation>Ringback n&apos;a pas pu redémarrer : ouvrez-le depuis le menu.</translation>
    </message>
</context>
<context>
    <name>ScheduledTextStore</name>
    <message>
        <source>Too late to change this text: it is being sent, or it was sent or cancelled meanwhile.</source>
        <translation>Trop tard pour modifier ce SMS : il part, ou il est déjà parti ou a été annulé.</translation>
    </message>
</context>
<context>
    <name>StaffReply</name>
    <message>
        <source>This caller opted out of texts, so Ringback will not text them. Call them instead.</source>
        <translation>Cette personne s&apos;est désinscrite des SMS, Ringback ne lui en enverra donc pas. Appelez-la plutôt.</translation>
    </message>
    <message>
        <source>This number is blocked, so Ringback will not text it.</source>
        <translation>Ce numéro est bloqué, Ringback ne lui enverra donc pas de SMS.</translation>
    </message>
    <message>
        <source>This number cannot receive texts (a landline, or texts to it were not delivered). Call them instead.</source>
        <translation>Ce numéro ne peut pas recevoir de SMS (c&apos;est un fixe, ou les SMS envoyés n&apos;ont pas été remis). Appelez plutôt la personne.</translation>
    </message>
    <message>
        <source>This is not a valid phone number, so it cannot be texted.</source>
        <translation>Ce n&apos;est pas un numéro de téléphone valide, on ne peut donc pas lui envoyer de SMS.</translation>
    </message>
    <message>
        <source>Ringback does not know which of your numbers to text from yet. Choose your business number in Settings, then send again.</source>
        <translation>Ringback ne sait pas encore depuis lequel de vos numéros envoyer le SMS. Choisissez le numéro de votre entreprise dans les Réglages, puis renvoyez.</translation>
    </message>
    <message>
        <source>Ringback does not know your WhatsApp sender yet. Enter it in Settings, then send again.</source>
        <translation>Ringback ne connaît pas encore votre expéditeur WhatsApp. Indiquez-le dans les Réglages, puis renvoyez.</translation>
    </message>
</context>
<context>
    <name>TextingReadiness</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>This account has no phone numbers yet.</source>
        <translation>Ce compte n&apos;a pas encore de numéro de téléphone.</translation>
    </message>
    <message>
        <source>This provider does not report a texting registration: check it in the provider&apos;s own console.</source>
        <translation>Cet opérateur n&apos;indique pas d&apos;enregistrement pour les SMS : vérifiez-le dans sa propre console.</translation>
    </message>
    <message>
        <source>Ready to text US numbers</source>
        <translation>Prêt à envoyer des SMS aux numéros américains</translation>
    </message>
    <message>
        <source>Brand registered, but this number is in no approved campaign: US carriers block these texts; add it to your messaging service in the Twilio console (%1)</source>
        <translation>Marque enregistrée, mais ce numéro n&apos;est dans aucune campagne approuvée : les opérateurs américains bloquent ces SMS ; ajoutez-le à votre service de messagerie dans la console Twilio (%1)</translation>
    </message>
    <message>
        <source>Registration rejected or suspended: US carriers block these texts; see the reason in the Twilio console (%1)</source>
        <translation>Enregistrement refusé ou suspendu : les opérateurs américains bloquent ces SMS ; voyez la raison dans la console Twilio (%1)</translation>
    </message>
    <message>
        <source>Toll-free verification submitted, waiting for approval; texts to US numbers may be blocked until then</source>
        <translation>Vérification du numéro gratuit envoyée, en attente d&apos;approbation ; d&apos;ici là, les SMS vers les numéros américains peuvent être bloqués</translation>
    </message>
    <message>
        <source>Toll-free verification rejected: US carriers block these texts; see the reason in the Twilio console (%1)</source>
        <translation>Vérification du numéro gratuit refusée : les opérateurs américains bloquent ces SMS ; voyez la raison dans la console Twilio (%1)</translation>
    </message>
    <message>
        <source>Not a US number, so US registration does not apply</source>
        <translation>Pas un numéro américain : l&apos;enregistrement américain ne s&apos;applique pas</translation>
    </message>
    <message>
        <source>US local number</source>
        <translation>numéro local américain</translation>
    </message>
    <message>
        <source>US toll-free number</source>
        <translation>numéro gratuit américain</translation>
    </message>
    <message>
        <source>not a US number</source>
        <translation>pas un numéro américain</translation>
    </message>
    <message>
        <source>Could not check the texting registration: Twilio denied permission (error 20003). Use the main account&apos;s Account SID and Auth Token, then check again.</source>
        <translation>Impossible de vérifier l&apos;enregistrement pour les SMS : Twilio a refusé l&apos;accès (erreur 20003). Utilisez l&apos;Account SID et l&apos;Auth Token du compte principal, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Could not check the texting registration: Twilio refused the Account SID or Auth Token. Check them, then check again.</source>
        <translation>Impossible de vérifier l&apos;enregistrement pour les SMS : Twilio a refusé l&apos;Account SID ou l&apos;Auth Token. Vérifiez-les, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Could not check the texting registration: this account may not read it. Use the main account&apos;s credentials, then check again.</source>
        <translation>Impossible de vérifier l&apos;enregistrement pour les SMS : ce compte n&apos;a pas le droit de le lire. Utilisez les identifiants du compte principal, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Could not check the texting registration: Twilio&apos;s messaging address was not found. Check the provider address, then check again.</source>
        <translation>Impossible de vérifier l&apos;enregistrement pour les SMS : l&apos;adresse de messagerie de Twilio est introuvable. Vérifiez l&apos;adresse de l&apos;opérateur, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Could not check the texting registration: Twilio asked Ringback to slow down. Check again in a minute.</source>
        <translation>Impossible de vérifier l&apos;enregistrement pour les SMS : Twilio a demandé à Ringback de ralentir. Vérifiez à nouveau dans une minute.</translation>
    </message>
    <message>
        <source>Could not check the texting registration: %1</source>
        <translation>Impossible de vérifier l&apos;enregistrement pour les SMS : %1</translation>
    </message>
</context>
<context>
    <name>TwilioCredentialSource</name>
    <message>
        <source>No Twilio credentials were found. Set RINGBACK_TWILIO_ACCOUNT_SID and RINGBACK_TWILIO_AUTH_TOKEN, or enter them in Settings.</source>
        <translation>Aucun identifiant Twilio n&apos;a été trouvé. Définissez RINGBACK_TWILIO_ACCOUNT_SID et RINGBACK_TWILIO_AUTH_TOKEN, ou saisissez-les dans les Réglages.</translation>
    </message>
</context>
<context>
    <name>TwilioErrorCodes</name>
    <message>
        <source>This person has opted out of texts from your number, so Twilio will not deliver them.</source>
        <translation>Cette personne s&apos;est désinscrite des SMS de votre numéro, Twilio ne les lui remettra donc pas.</translation>
    </message>
    <message>
        <source>Twilio says this phone number is not valid or cannot receive texts.</source>
        <translation>Selon Twilio, ce numéro de téléphone n&apos;est pas valide ou ne peut pas recevoir de SMS.</translation>
    </message>
    <message>
        <source>Your Twilio account may not text this country. Allow it in the Twilio Console under Messaging Geographic Permissions.</source>
        <translation>Votre compte Twilio ne peut pas envoyer de SMS vers ce pays. Autorisez-le dans la console Twilio, sous Messaging Geographic Permissions.</translation>
    </message>
    <message>
        <source>Too many texts were waiting at the provider, so this one was dropped. Send it again.</source>
        <translation>Trop de SMS attendaient chez l&apos;opérateur, celui-ci a donc été abandonné. Renvoyez-le.</translation>
    </message>
    <message>
        <source>The provider account is suspended. Check it in the Twilio Console.</source>
        <translation>Le compte de l&apos;opérateur est suspendu. Vérifiez-le dans la console Twilio.</translation>
    </message>
    <message>
        <source>The phone was switched off or out of reach.</source>
        <translation>Le téléphone était éteint ou hors de portée.</translation>
    </message>
    <message>
        <source>The recipient&apos;s phone or carrier blocked the text.</source>
        <translation>Le téléphone ou l&apos;opérateur du destinataire a bloqué le SMS.</translation>
    </message>
    <message>
        <source>The number does not exist or is no longer in service.</source>
        <translation>Le numéro n&apos;existe pas ou n&apos;est plus en service.</translation>
    </message>
    <message>
        <source>The number is a landline or its carrier cannot take texts. Call them instead.</source>
        <translation>Le numéro est un fixe ou son opérateur n&apos;accepte pas les SMS. Appelez plutôt la personne.</translation>
    </message>
    <message>
        <source>The carrier filtered the text as spam. Try plainer wording without links.</source>
        <translation>L&apos;opérateur a filtré le SMS comme spam. Essayez une formulation plus simple, sans liens.</translation>
    </message>
    <message>
        <source>The carrier reported an unknown error.</source>
        <translation>L&apos;opérateur a signalé une erreur inconnue.</translation>
    </message>
    <message>
        <source>The provider gave no reason (error %1).</source>
        <translation>L&apos;opérateur n&apos;a donné aucune raison (erreur %1).</translation>
    </message>
    <message>
        <source>The provider gave no reason.</source>
        <translation>L&apos;opérateur n&apos;a donné aucune raison.</translation>
    </message>
    <message>
        <source>Toll-free number not verified: US carriers block these texts; verify it in the Twilio console (https://www.twilio.com/docs/messaging/compliance/toll-free/console-onboarding)</source>
        <translation>Numéro gratuit non vérifié : les opérateurs américains bloquent ces SMS ; faites-le vérifier dans la console Twilio (https://www.twilio.com/docs/messaging/compliance/toll-free/console-onboarding)</translation>
    </message>
    <message>
        <source>Not registered: US carriers block these texts; register in the Twilio console (https://www.twilio.com/docs/messaging/compliance/a2p-10dlc)</source>
        <translation>Non enregistré : les opérateurs américains bloquent ces SMS ; enregistrez-vous dans la console Twilio (https://www.twilio.com/docs/messaging/compliance/a2p-10dlc)</translation>
    </message>
    <message>
        <source>Registered, waiting for approval (usually 1-3 weeks); texts to US numbers may be blocked until then</source>
        <translation>Enregistré, en attente d&apos;approbation (généralement 1 à 3 semaines) ; d&apos;ici là, les SMS vers les numéros américains peuvent être bloqués</translation>
    </message>
    <message>
        <source>More than 24 hours have passed since this customer last wrote on WhatsApp, so only an approved template can be sent.</source>
        <translation>Plus de 24 heures se sont écoulées depuis le dernier message WhatsApp de ce client : seul un modèle approuvé peut être envoyé.</translation>
    </message>
</context>
<context>
    <name>TwilioErrorMapper</name>
    <message>
        <source>Twilio refused the Account SID or Auth Token. Check them in Settings.</source>
        <translation>Twilio a refusé l&apos;Account SID ou l&apos;Auth Token. Vérifiez-les dans les Réglages.</translation>
    </message>
    <message>
        <source>Twilio does not allow this account to do that. Check the account&apos;s permissions in the Twilio Console.</source>
        <translation>Twilio n&apos;autorise pas ce compte à faire cela. Vérifiez les autorisations du compte dans la console Twilio.</translation>
    </message>
    <message>
        <source>Twilio does not know that account or record. Check the Account SID and the provider address in Settings.</source>
        <translation>Twilio ne connaît pas ce compte ou cet enregistrement. Vérifiez l&apos;Account SID et l&apos;adresse de l&apos;opérateur dans les Réglages.</translation>
    </message>
    <message numerus="yes">
        <source>Twilio asked Ringback to slow down, so it will try again in %n second(s).</source>
        <translation>
            <numerusform>Twilio a demandé à Ringback de ralentir ; nouvel essai dans %n seconde.</numerusform>
            <numerusform>Twilio a demandé à Ringback de ralentir ; nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Twilio asked Ringback to slow down, so it will try again shortly.</source>
        <translation>Twilio a demandé à Ringback de ralentir ; nouvel essai sous peu.</translation>
    </message>
    <message>
        <source>Twilio is having trouble right now (HTTP %1), so Ringback will try again.</source>
        <translation>Twilio rencontre des difficultés en ce moment (HTTP %1) ; Ringback va réessayer.</translation>
    </message>
    <message>
        <source>Twilio refused the request (HTTP %1).</source>
        <translation>Twilio a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>Twilio refused the request (error %1): %2</source>
        <translation>Twilio a refusé la requête (erreur %1) : %2</translation>
    </message>
    <message>
        <source>The answer from %1 was not what the Twilio API sends. Check the provider address in Settings.</source>
        <translation>La réponse de %1 n&apos;est pas celle qu&apos;envoie l&apos;API Twilio. Vérifiez l&apos;adresse de l&apos;opérateur dans les Réglages.</translation>
    </message>
    <message>
        <source>%1 did not answer in time, so Ringback will try again.</source>
        <translation>%1 n&apos;a pas répondu à temps ; Ringback va réessayer.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted, so Ringback sent nothing. Check the computer&apos;s date and the provider address.</source>
        <translation>La connexion sécurisée avec %1 n&apos;est pas digne de confiance, Ringback n&apos;a donc rien envoyé. Vérifiez la date de l&apos;ordinateur et l&apos;adresse de l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Ringback cannot find %1. Check the internet connection and the provider address.</source>
        <translation>Ringback ne trouve pas %1. Vérifiez la connexion internet et l&apos;adresse de l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Ringback cannot reach %1. Check the internet connection.</source>
        <translation>Ringback ne parvient pas à joindre %1. Vérifiez la connexion internet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s), so Ringback will try again.</source>
        <translation>
            <numerusform>%1 n&apos;a pas répondu en %n seconde ; Ringback va réessayer.</numerusform>
            <numerusform>%1 n&apos;a pas répondu en %n secondes ; Ringback va réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer from %1 was larger than %2 MB, so Ringback stopped reading it.</source>
        <translation>La réponse de %1 dépassait %2 Mo, Ringback a donc cessé de la lire.</translation>
    </message>
    <message>
        <source>Ringback stopped before %1 answered; a text that may have gone out is checked before it is sent again.</source>
        <translation>Ringback s&apos;est arrêté avant la réponse de %1 ; un SMS peut-être déjà parti est vérifié avant d&apos;être renvoyé.</translation>
    </message>
</context>
<context>
    <name>WhatsAppTemplateFill</name>
    <message>
        <source>there</source>
        <extracomment>Stands for a customer&apos;s first name Ringback does not know (&quot;Hi there&quot;)</extracomment>
        <translation>à vous</translation>
    </message>
</context>
<context>
    <name>WhatsAppWindow</name>
    <message>
        <source>WhatsApp window closed: approved templates only</source>
        <translation>Fenêtre WhatsApp fermée : modèles approuvés seulement</translation>
    </message>
    <message numerus="yes">
        <source>WhatsApp window: %n h left</source>
        <translation>
            <numerusform>Fenêtre WhatsApp : encore %n h</numerusform>
            <numerusform>Fenêtre WhatsApp : encore %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>WhatsApp window: %n min left</source>
        <translation>
            <numerusform>Fenêtre WhatsApp : encore %n min</numerusform>
            <numerusform>Fenêtre WhatsApp : encore %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::AutomationState</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Auto text-back is starting…</source>
        <translation>La réponse automatique par SMS démarre…</translation>
    </message>
    <message numerus="yes">
        <source>Auto text-back is live. Last checked %1, %n text(s) queued.</source>
        <translation>
            <numerusform>La réponse automatique par SMS est active. Dernière vérification : %1 ; %n SMS en attente.</numerusform>
            <numerusform>La réponse automatique par SMS est active. Dernière vérification : %1 ; %n SMS en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto text-back is paused: missed callers are not being texted. Last checked %1.</source>
        <translation>La réponse automatique par SMS est en pause : les appels manqués ne reçoivent pas de SMS. Dernière vérification : %1.</translation>
    </message>
    <message>
        <source>Auto text-back runs on %1; this desk shows the shared inbox.</source>
        <translation>La réponse automatique par SMS tourne sur %1 ; ce poste affiche la boîte de réception partagée.</translation>
    </message>
    <message>
        <source>Auto text-back has a problem: %1</source>
        <translation>La réponse automatique par SMS rencontre un problème : %1</translation>
    </message>
    <message>
        <source>Auto text-back is offline: %1 Retrying; last checked %2.</source>
        <translation>La réponse automatique par SMS est hors ligne : %1 Nouvel essai en cours ; dernière vérification : %2.</translation>
    </message>
    <message>
        <source>Auto text-back is stopped.</source>
        <translation>La réponse automatique par SMS est arrêtée.</translation>
    </message>
    <message>
        <source>%1 Texts to US numbers are failing: %2</source>
        <translation>%1 Les SMS vers les numéros américains échouent : %2</translation>
    </message>
</context>
<context>
    <name>ringback::AutostartRegistration</name>
    <message>
        <source>Ringback could not write %1 (%2). Check that your home folder is not full or read-only, then try again.</source>
        <translation>Ringback n&apos;a pas pu écrire %1 (%2). Vérifiez que votre dossier personnel n&apos;est ni plein ni en lecture seule, puis réessayez.</translation>
    </message>
    <message>
        <source>Ringback could not remove %1 (%2). Turn it off in System Settings, General, Login Items.</source>
        <translation>Ringback n&apos;a pas pu supprimer %1 (%2). Désactivez-le dans Réglages Système, Général, Ouverture.</translation>
    </message>
    <message>
        <source>Windows did not let Ringback add itself to the programs that start when you sign in (%1). Your computer&apos;s administrator may have turned this off.</source>
        <translation>Windows n&apos;a pas laissé Ringback s&apos;ajouter aux programmes lancés à l&apos;ouverture de session (%1). L&apos;administrateur de l&apos;ordinateur a peut-être désactivé cette option.</translation>
    </message>
    <message>
        <source>Windows did not let Ringback remove itself from the programs that start when you sign in (%1). Turn it off in Task Manager, Startup apps.</source>
        <translation>Windows n&apos;a pas laissé Ringback se retirer des programmes lancés à l&apos;ouverture de session (%1). Désactivez-le dans le Gestionnaire des tâches, Applications de démarrage.</translation>
    </message>
    <message>
        <source>Ringback could not create the folder %1. Check that your home folder is not full or read-only, then try again.</source>
        <translation>Ringback n&apos;a pas pu créer le dossier %1. Vérifiez que votre dossier personnel n&apos;est ni plein ni en lecture seule, puis réessayez.</translation>
    </message>
    <message>
        <source>Ringback could not remove %1 (%2). Delete the file yourself to stop Ringback starting at sign-in.</source>
        <translation>Ringback n&apos;a pas pu supprimer %1 (%2). Supprimez le fichier vous-même pour que Ringback ne démarre plus à l&apos;ouverture de session.</translation>
    </message>
</context>
<context>
    <name>ringback::BusinessHours</name>
    <message>
        <source>%1: %2 to %3 is not a range of opening hours. Opening must come before closing, within the day.</source>
        <translation>%1 : de %2 à %3 n&apos;est pas une plage d&apos;ouverture. L&apos;ouverture doit précéder la fermeture, dans la même journée.</translation>
    </message>
    <message>
        <source>%1: %2 to %3 overlaps %4 to %5.</source>
        <translation>%1 : de %2 à %3 chevauche de %4 à %5.</translation>
    </message>
    <message>
        <source>Choose the time zone the business keeps its hours in.</source>
        <translation>Choisissez le fuseau horaire dans lequel l&apos;entreprise compte ses horaires.</translation>
    </message>
    <message>
        <source>The closure &quot;%1&quot; has no valid date.</source>
        <translation>La fermeture « %1 » n&apos;a pas de date valide.</translation>
    </message>
</context>
<context>
    <name>ringback::BusinessHoursText</name>
    <message>
        <source>Open now</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Open now, closes at %1</source>
        <translation>Ouvert, ferme à %1</translation>
    </message>
    <message>
        <source>Open now, closes %1 %2</source>
        <translation>Ouvert, ferme %1 à %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Closed for %1</source>
        <translation>Fermé pour %1</translation>
    </message>
    <message>
        <source>Closed, opens at %1</source>
        <translation>Fermé, ouvre à %1</translation>
    </message>
    <message>
        <source>Closed for %1, opens at %2</source>
        <translation>Fermé pour %1, ouvre à %2</translation>
    </message>
    <message>
        <source>Closed, opens %1 %2</source>
        <translation>Fermé, ouvre %1 à %2</translation>
    </message>
    <message>
        <source>Closed for %1, opens %2 %3</source>
        <translation>Fermé pour %1, ouvre %2 à %3</translation>
    </message>
    <message>
        <source>%1 today</source>
        <comment>next opening later today</comment>
        <translation>aujourd&apos;hui à %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <comment>next opening</comment>
        <translation>demain à %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>next opening: weekday, time</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>dddd, MMMM d</source>
        <comment>date format of a next opening more than a week away</comment>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>next opening: date, time</comment>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>ringback::CallClassification</name>
    <message>
        <source>Call still in progress</source>
        <translation>Appel toujours en cours</translation>
    </message>
    <message>
        <source>Not a call to the business</source>
        <translation>Pas un appel vers l&apos;entreprise</translation>
    </message>
    <message>
        <source>Answered call</source>
        <translation>Appel décroché</translation>
    </message>
    <message>
        <source>Missed call: nobody answered</source>
        <translation>Appel manqué : personne n&apos;a répondu</translation>
    </message>
    <message>
        <source>Missed call: the line was busy</source>
        <translation>Appel manqué : la ligne était occupée</translation>
    </message>
    <message>
        <source>Missed call: the caller hung up while it rang</source>
        <translation>Appel manqué : l&apos;appelant a raccroché pendant la sonnerie</translation>
    </message>
    <message>
        <source>Missed call: the call failed to connect</source>
        <translation>Appel manqué : l&apos;appel n&apos;a pas abouti</translation>
    </message>
    <message>
        <source>Missed call: forwarded, but nobody picked up</source>
        <translation>Appel manqué : transféré, mais personne n&apos;a décroché</translation>
    </message>
    <message>
        <source>Missed call: only a cell phone&apos;s voicemail picked up</source>
        <translation>Appel manqué : seule la messagerie d&apos;un portable a répondu</translation>
    </message>
    <message>
        <source>Missed call: the caller hung up during the greeting</source>
        <translation>Appel manqué : l&apos;appelant a raccroché pendant l&apos;annonce</translation>
    </message>
    <message>
        <source>Missed call: the voicemail or greeting took it</source>
        <translation>Appel manqué : pris par la messagerie ou l&apos;annonce</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>Appel manqué</translation>
    </message>
</context>
<context>
    <name>ringback::CredentialChooser</name>
    <message>
        <source>Saved in the system keychain</source>
        <translation>Enregistré dans le trousseau du système</translation>
    </message>
    <message>
        <source>Saved in a file only you can read: %1</source>
        <translation>Enregistré dans un fichier que vous seul pouvez lire : %1</translation>
    </message>
    <message>
        <source>From environment variables</source>
        <translation>Depuis les variables d&apos;environnement</translation>
    </message>
    <message>
        <source>Not saved on this computer yet</source>
        <translation>Pas encore enregistré sur cet ordinateur</translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <translation>%1, ou %2</translation>
    </message>
    <message>
        <source>This computer has no keychain Ringback can use. Run setup again and allow Ringback to keep the token in a file only you can read, or set the credentials in environment variables.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau utilisable par Ringback. Relancez la configuration et autorisez Ringback à garder le jeton dans un fichier que vous seul pouvez lire, ou définissez les identifiants dans des variables d&apos;environnement.</translation>
    </message>
</context>
<context>
    <name>ringback::CredentialFileStore</name>
    <message>
        <source>a file only you can read (%1)</source>
        <translation>un fichier que vous seul pouvez lire (%1)</translation>
    </message>
    <message>
        <source>The credentials file %1 can be read by other people on this computer, so Ringback will not use it. Change the token at your provider, delete the file and enter the new token in Ringback&apos;s setup.</source>
        <translation>D&apos;autres personnes sur cet ordinateur peuvent lire le fichier d&apos;identifiants %1, Ringback ne l&apos;utilisera donc pas. Changez le jeton chez votre opérateur, supprimez le fichier et saisissez le nouveau jeton dans la configuration de Ringback.</translation>
    </message>
    <message>
        <source>Ringback could not open the credentials file %1: %2</source>
        <translation>Ringback n&apos;a pas pu ouvrir le fichier d&apos;identifiants %1 : %2</translation>
    </message>
    <message>
        <source>The credentials file %1 is damaged. Delete it and enter the token again in Ringback&apos;s setup.</source>
        <translation>Le fichier d&apos;identifiants %1 est endommagé. Supprimez-le et saisissez à nouveau le jeton dans la configuration de Ringback.</translation>
    </message>
    <message>
        <source>Ringback could not create the folder %1 for its credentials file.</source>
        <translation>Ringback n&apos;a pas pu créer le dossier %1 pour son fichier d&apos;identifiants.</translation>
    </message>
    <message>
        <source>Ringback could not write the credentials file %1: %2</source>
        <translation>Ringback n&apos;a pas pu écrire le fichier d&apos;identifiants %1 : %2</translation>
    </message>
    <message>
        <source>Nothing is saved in the credentials file under that name.</source>
        <translation>Rien n&apos;est enregistré sous ce nom dans le fichier d&apos;identifiants.</translation>
    </message>
</context>
<context>
    <name>ringback::CsvExport</name>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Valeur estimée</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Durée (s)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>What Ringback did</source>
        <translation>Ce qu&apos;a fait Ringback</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder, or check there is free space.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Choisissez un autre dossier, ou vérifiez qu&apos;il reste de la place.</translation>
    </message>
    <message>
        <source>The file could not be written. Check there is free space and that you may save in that folder, then export again.</source>
        <translation>Le fichier n&apos;a pas pu être écrit. Vérifiez qu&apos;il reste de la place et que vous pouvez enregistrer dans ce dossier, puis exportez à nouveau.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Missed calls</source>
        <translation>Appels manqués</translation>
    </message>
    <message>
        <source>Missed calls before Ringback was switched on</source>
        <translation>Appels manqués avant l&apos;activation de Ringback</translation>
    </message>
    <message>
        <source>Missed calls since Ringback was switched on</source>
        <translation>Appels manqués depuis l&apos;activation de Ringback</translation>
    </message>
    <message>
        <source>Texted back</source>
        <translation>Rappelés par SMS</translation>
    </message>
    <message>
        <source>Texted back (% of missed calls since the switch-on)</source>
        <translation>Rappelés par SMS (% des appels manqués depuis l&apos;activation)</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Ont répondu</translation>
    </message>
    <message>
        <source>Replied (% of texted)</source>
        <translation>Ont répondu (% des SMS envoyés)</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <source>Callers since the switch-on</source>
        <translation>Appelants depuis l&apos;activation</translation>
    </message>
    <message>
        <source>Of those, booked or won</source>
        <translation>Dont réservés ou gagnés</translation>
    </message>
    <message>
        <source>Booked (% of callers since the switch-on)</source>
        <translation>Réservés (% des appelants depuis l&apos;activation)</translation>
    </message>
    <message>
        <source>Recovered jobs</source>
        <translation>Chantiers récupérés</translation>
    </message>
    <message>
        <source>Recovered jobs valued at the average job</source>
        <translation>Chantiers récupérés valorisés au chantier moyen</translation>
    </message>
    <message>
        <source>Recovered value</source>
        <translation>Valeur récupérée</translation>
    </message>
    <message>
        <source>Missed calls at risk</source>
        <translation>Appels manqués à risque</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>Valeur à risque</translation>
    </message>
    <message>
        <source>Average job value</source>
        <translation>Valeur du chantier moyen</translation>
    </message>
    <message>
        <source>Average job value from</source>
        <translation>Valeur du chantier moyen d&apos;après</translation>
    </message>
    <message numerus="yes">
        <source>won jobs (%n)</source>
        <translation>
            <numerusform>chantiers gagnés (%n)</numerusform>
            <numerusform>chantiers gagnés (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>the owner&apos;s figure</source>
        <translation>le chiffre du patron</translation>
    </message>
    <message>
        <source>Missed calls a week</source>
        <translation>Appels manqués par semaine</translation>
    </message>
    <message>
        <source>What silence costs a year</source>
        <translation>Ce que le silence coûte par an</translation>
    </message>
    <message>
        <source>Time to text, median (s)</source>
        <translation>Délai avant le SMS, médiane (s)</translation>
    </message>
    <message>
        <source>Time to text, 95% within (s)</source>
        <translation>Délai avant le SMS, 95 % en moins de (s)</translation>
    </message>
    <message>
        <source>Staff answers</source>
        <translation>Réponses de l&apos;équipe</translation>
    </message>
    <message>
        <source>Staff response time, median (s)</source>
        <translation>Délai de réponse de l&apos;équipe, médiane (s)</translation>
    </message>
    <message>
        <source>Staff response time, 90% within (s)</source>
        <translation>Délai de réponse de l&apos;équipe, 90 % en moins de (s)</translation>
    </message>
    <message>
        <source>Answered within 5 minutes (%)</source>
        <translation>Répondus en 5 minutes (%)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Sent outside Ringback</source>
        <translation>Envoyés hors de Ringback</translation>
    </message>
</context>
<context>
    <name>ringback::DashboardReport</name>
    <message>
        <source>Not decided yet</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <source>Held for a person to approve (over the hourly limit)</source>
        <translation>Retenu en attendant qu&apos;une personne l&apos;approuve (au-delà de la limite horaire)</translation>
    </message>
    <message>
        <source>The text could not be sent</source>
        <translation>Le SMS n&apos;a pas pu être envoyé</translation>
    </message>
    <message>
        <source>Not texted: the caller was reached by phone first</source>
        <translation>Pas de SMS : l&apos;appelant a d&apos;abord été joint par téléphone</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
</context>
<context>
    <name>ringback::Database</name>
    <message>
        <source>The Qt database driver %1 is not installed. Reinstall Ringback.</source>
        <translation>Le pilote de base de données Qt %1 n&apos;est pas installé. Réinstallez Ringback.</translation>
    </message>
    <message>
        <source>The database %1 was saved by a newer version of Ringback (data version %2; this version understands up to %3). It has not been changed. Install the newer Ringback, or start this one with --db and another file.</source>
        <translation>La base de données %1 a été enregistrée par une version plus récente de Ringback (version de données %2 ; cette version comprend jusqu&apos;à la %3). Elle n&apos;a pas été modifiée. Installez le Ringback plus récent, ou lancez celui-ci avec --db et un autre fichier.</translation>
    </message>
    <message>
        <source>The database %1 belongs to another program (it has tables Ringback did not create), so Ringback has not changed it. Start Ringback with --db and a new file name.</source>
        <translation>La base de données %1 appartient à un autre programme (elle contient des tables que Ringback n&apos;a pas créées), Ringback ne l&apos;a donc pas modifiée. Lancez Ringback avec --db et un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>Another program is holding the database %1 locked. Close any other copy of Ringback (or the program that has the file open) and try again.</source>
        <translation>Un autre programme verrouille la base de données %1. Fermez toute autre copie de Ringback (ou le programme qui a ouvert le fichier) et réessayez.</translation>
    </message>
    <message>
        <source>Ringback cannot save to the database %1 because it is read-only. Check the permissions of the file and its folder, or start Ringback with --db and a file in a folder you can write to.</source>
        <translation>Ringback ne peut pas enregistrer dans la base de données %1 car elle est en lecture seule. Vérifiez les autorisations du fichier et de son dossier, ou lancez Ringback avec --db et un fichier dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a database, so Ringback has not opened or changed it. Restore it from a backup, or move it to another folder and start Ringback again to begin with a new one.</source>
        <translation>La base de données %1 est endommagée ou n&apos;est pas une base de données : Ringback ne l&apos;a ni ouverte ni modifiée. Restaurez-la depuis une sauvegarde, ou déplacez-la dans un autre dossier et relancez Ringback pour repartir d&apos;une nouvelle.</translation>
    </message>
    <message>
        <source>The disk that holds the database %1 is full, so the last change was not saved. Free some space and try again; nothing saved before has been lost.</source>
        <translation>Le disque qui contient la base de données %1 est plein, la dernière modification n&apos;a donc pas été enregistrée. Libérez de l&apos;espace et réessayez ; rien de ce qui était enregistré n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>Ringback cannot open the database %1. Check that its folder exists and that you may write to it (for a shared database: that the server is running and the user name and password are right).</source>
        <translation>Ringback ne peut pas ouvrir la base de données %1. Vérifiez que son dossier existe et que vous pouvez y écrire (pour une base partagée : que le serveur fonctionne et que le nom d&apos;utilisateur et le mot de passe sont corrects).</translation>
    </message>
    <message>
        <source>The database %1 refused a change that would have duplicated or orphaned a record.</source>
        <translation>La base de données %1 a refusé une modification qui aurait dupliqué ou orphelin un enregistrement.</translation>
    </message>
    <message>
        <source>The database %1 reported an error. Ringback has kept what was saved before; if this keeps happening, restart Ringback.</source>
        <translation>La base de données %1 a signalé une erreur. Ringback a conservé ce qui était enregistré ; si cela se reproduit, redémarrez Ringback.</translation>
    </message>
    <message>
        <source>The shared database server %1 refused the user name &quot;%2&quot; or its password. Check both in Settings, Shared database (the office&apos;s database administrator can reset the password).</source>
        <translation>Le serveur de la base partagée %1 a refusé l’utilisateur « %2 » ou son mot de passe. Vérifiez les deux dans Réglages, Base partagée (la personne qui gère la base du bureau peut réinitialiser le mot de passe).</translation>
    </message>
    <message>
        <source>The server %1 is running, but it has no database called &quot;%2&quot;. Check the name in Settings, Shared database, or create it on the server (see &quot;Sharing the inbox between desks&quot; in the README).</source>
        <translation>Le serveur %1 fonctionne, mais il n’a pas de base nommée « %2 ». Vérifiez le nom dans Réglages, Base partagée, ou créez-la sur le serveur (voir « Sharing the inbox between desks » dans le README).</translation>
    </message>
    <message>
        <source>Ringback cannot reach the shared database server %1 (port %2). Check that the office PC that runs it is switched on and connected to the network; Ringback keeps trying.</source>
        <translation>Ringback ne peut pas joindre le serveur de la base partagée %1 (port %2). Vérifiez que le PC du bureau qui l’héberge est allumé et connecté au réseau ; Ringback continue d’essayer.</translation>
    </message>
    <message>
        <source>The shared database server %1 and Ringback could not agree on an encrypted connection (sslmode=%2). Check the encryption setting in Settings, Shared database.</source>
        <translation>Le serveur de la base partagée %1 et Ringback n’ont pas pu établir une connexion chiffrée (sslmode=%2). Vérifiez le chiffrement dans Réglages, Base partagée.</translation>
    </message>
</context>
<context>
    <name>ringback::DatabaseLocation</name>
    <message>
        <source>&quot;%1&quot; is not a shared database address. Write it like %2.</source>
        <translation>« %1 » n’est pas une adresse de base partagée. Écrivez-la ainsi : %2.</translation>
    </message>
    <message>
        <source>Leave the password out of the database address: Ringback keeps it in the system&apos;s password store. Enter it in Settings, Shared database.</source>
        <translation>Ne mettez pas le mot de passe dans l’adresse de la base : Ringback le garde dans le trousseau du système. Saisissez-le dans Réglages, Base partagée.</translation>
    </message>
    <message>
        <source>The database address asks for sslmode=%1, which PostgreSQL does not know. Use one of: %2.</source>
        <translation>L’adresse de la base demande sslmode=%1, que PostgreSQL ne connaît pas. Utilisez l’une de ces valeurs : %2.</translation>
    </message>
    <message>
        <source>The database address &quot;%1&quot; needs a user, a server and a database name, like %2.</source>
        <translation>L’adresse de la base « %1 » doit contenir un utilisateur, un serveur et un nom de base, ainsi : %2.</translation>
    </message>
</context>
<context>
    <name>ringback::DeskConnection</name>
    <message>
        <source>The shared database %1 is not answering. What you do here is kept and saved when it answers again.</source>
        <translation>La base de données partagée %1 ne répond pas. Ce que vous faites ici est conservé et enregistré dès qu’elle répond à nouveau.</translation>
    </message>
</context>
<context>
    <name>ringback::FactWording</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Changed from %1 to %2 on the lead card</source>
        <translation>Passé de %1 à %2 sur la fiche du prospect</translation>
    </message>
    <message>
        <source>No longer assigned to anyone</source>
        <translation>N&apos;est plus attribué à personne</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Attribué à %1</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, par %2</translation>
    </message>
    <message>
        <source>Not sent: nobody approved it.</source>
        <translation>Non envoyé : personne ne l&apos;a approuvé.</translation>
    </message>
    <message>
        <source>The carrier could not deliver the text (error %1).</source>
        <translation>L&apos;opérateur n&apos;a pas pu remettre le SMS (erreur %1).</translation>
    </message>
    <message>
        <source>The phone provider refused the account&apos;s sign-in details. Check them in Settings.</source>
        <translation>L&apos;opérateur téléphonique a refusé les identifiants du compte. Vérifiez-les dans les Réglages.</translation>
    </message>
    <message>
        <source>The phone provider does not allow this account to send this text.</source>
        <translation>L&apos;opérateur téléphonique n&apos;autorise pas ce compte à envoyer ce SMS.</translation>
    </message>
    <message>
        <source>The phone provider does not know this account or number. Check them in Settings.</source>
        <translation>L&apos;opérateur téléphonique ne connaît pas ce compte ou ce numéro. Vérifiez-les dans les Réglages.</translation>
    </message>
    <message>
        <source>This person has opted out of texts from your number.</source>
        <translation>Cette personne s&apos;est désinscrite des SMS de votre numéro.</translation>
    </message>
    <message>
        <source>The phone provider says this number is not valid or cannot receive texts.</source>
        <translation>Selon l&apos;opérateur téléphonique, ce numéro n&apos;est pas valide ou ne peut pas recevoir de SMS.</translation>
    </message>
    <message>
        <source>Your phone provider account may not text this country.</source>
        <translation>Votre compte chez l&apos;opérateur téléphonique ne peut pas envoyer de SMS vers ce pays.</translation>
    </message>
    <message>
        <source>The phone provider asked Ringback to slow down.</source>
        <translation>L&apos;opérateur téléphonique a demandé à Ringback de ralentir.</translation>
    </message>
    <message>
        <source>The phone provider was having trouble (HTTP %1).</source>
        <translation>L&apos;opérateur téléphonique rencontrait un problème (HTTP %1).</translation>
    </message>
    <message>
        <source>The phone provider was having trouble.</source>
        <translation>L&apos;opérateur téléphonique rencontrait un problème.</translation>
    </message>
    <message>
        <source>Ringback could not reach the phone provider.</source>
        <translation>Ringback n&apos;a pas pu joindre l&apos;opérateur téléphonique.</translation>
    </message>
    <message>
        <source>The phone provider did not answer in time.</source>
        <translation>L&apos;opérateur téléphonique n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The phone provider&apos;s answer could not be read.</source>
        <translation>La réponse de l&apos;opérateur téléphonique était illisible.</translation>
    </message>
    <message>
        <source>The phone provider refused the text (error %1): %2</source>
        <translation>L&apos;opérateur téléphonique a refusé le SMS (erreur %1) : %2</translation>
    </message>
    <message>
        <source>The phone provider refused the text (error %1).</source>
        <translation>L&apos;opérateur téléphonique a refusé le SMS (erreur %1).</translation>
    </message>
    <message>
        <source>The phone provider refused the text (HTTP %1).</source>
        <translation>L&apos;opérateur téléphonique a refusé le SMS (HTTP %1).</translation>
    </message>
    <message>
        <source>The phone provider refused the text: %1</source>
        <translation>L&apos;opérateur téléphonique a refusé le SMS : %1</translation>
    </message>
    <message>
        <source>The phone provider refused the text.</source>
        <translation>L&apos;opérateur téléphonique a refusé le SMS.</translation>
    </message>
    <message>
        <source>Not an opt-out: automatic texts allowed again</source>
        <translation>Pas une désinscription : SMS automatiques de nouveau autorisés</translation>
    </message>
    <message>
        <source>Notes changed on the lead card</source>
        <translation>Notes modifiées sur la fiche</translation>
    </message>
    <message>
        <source>Automatic text held for approval: approved, sent now</source>
        <translation>SMS automatique retenu pour approbation : approuvé, envoyé maintenant</translation>
    </message>
    <message>
        <source>Number blocked: Ringback will not text it</source>
        <translation>Numéro bloqué : Ringback ne lui enverra pas de SMS</translation>
    </message>
    <message>
        <source>Number unblocked: Ringback may text it again</source>
        <translation>Numéro débloqué : Ringback peut de nouveau lui envoyer des SMS</translation>
    </message>
    <message>
        <source>Automatic text held for approval: not sent</source>
        <translation>SMS automatique retenu pour approbation : non envoyé</translation>
    </message>
    <message>
        <source>Not sent: cancelled at the office.</source>
        <translation>Non envoyé : annulé au bureau.</translation>
    </message>
    <message>
        <source>Scheduled text cancelled, not sent</source>
        <translation>SMS programmé annulé, non envoyé</translation>
    </message>
</context>
<context>
    <name>ringback::KeychainCredentialStore</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Gestionnaire d&apos;identification Windows</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>Trousseau macOS</translation>
    </message>
    <message>
        <source>Secret Service (GNOME Keyring or KWallet)</source>
        <translation>Secret Service (GNOME Keyring ou KWallet)</translation>
    </message>
    <message>
        <source>Nothing is saved in the keychain under that name.</source>
        <translation>Rien n&apos;est enregistré sous ce nom dans le trousseau.</translation>
    </message>
    <message>
        <source>The keychain refused to give Ringback the saved password.</source>
        <translation>Le trousseau a refusé de donner à Ringback le mot de passe enregistré.</translation>
    </message>
    <message>
        <source>This computer has no keychain Ringback can use. On Linux, install and unlock a Secret Service such as GNOME Keyring, or set the credentials in environment variables.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau utilisable par Ringback. Sous Linux, installez et déverrouillez un Secret Service comme GNOME Keyring, ou définissez les identifiants dans des variables d&apos;environnement.</translation>
    </message>
    <message>
        <source>The keychain could not be used: %1</source>
        <translation>Le trousseau n&apos;a pas pu être utilisé : %1</translation>
    </message>
</context>
<context>
    <name>ringback::LeadBoardStore</name>
    <message>
        <source>This lead was deleted on another desk. The board shows what is left.</source>
        <translation>Ce prospect a été supprimé sur un autre poste. Le tableau affiche ce qui reste.</translation>
    </message>
    <message>
        <source>Someone else changed this lead just now, so it was not moved. The board shows their change; move it again if it still needs moving.</source>
        <translation>Quelqu&apos;un d&apos;autre vient de modifier ce prospect, il n&apos;a donc pas été déplacé. Le tableau affiche sa modification ; déplacez-le à nouveau si besoin.</translation>
    </message>
</context>
<context>
    <name>ringback::LeadStore</name>
    <message>
        <source>This lead no longer exists in the database %1.</source>
        <translation>Ce prospect n&apos;existe plus dans la base de données %1.</translation>
    </message>
    <message>
        <source>Someone else changed this lead while you were editing it. Their version is shown now; make your change again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce prospect pendant que vous le modifiiez. Sa version est affichée ; refaites votre modification.</translation>
    </message>
</context>
<context>
    <name>ringback::MessageIngestor</name>
    <message>
        <source>Opted out of texts (replied %1)</source>
        <translation>Désinscrit des SMS (a répondu %1)</translation>
    </message>
    <message>
        <source>Opted back in to texts</source>
        <translation>S&apos;est réinscrit aux SMS</translation>
    </message>
    <message>
        <source>Replied by text</source>
        <translation>A répondu par SMS</translation>
    </message>
    <message>
        <source>Text not delivered: %1 (error %2)</source>
        <translation>SMS non remis : %1 (erreur %2)</translation>
    </message>
</context>
<context>
    <name>ringback::OutboxSender</name>
    <message>
        <source>Not sent: the caller opted out</source>
        <translation>Non envoyé : l&apos;appelant s&apos;est désinscrit</translation>
    </message>
    <message>
        <source>Texted back</source>
        <translation>SMS envoyé</translation>
    </message>
    <message>
        <source>Follow-up text sent</source>
        <translation>SMS de relance envoyé</translation>
    </message>
    <message>
        <source>Help reply sent</source>
        <translation>Réponse d&apos;aide envoyée</translation>
    </message>
    <message>
        <source>Reply sent</source>
        <translation>Réponse envoyée</translation>
    </message>
    <message>
        <source>Not delivered: %1 (provider error %2)</source>
        <translation>Non remis : %1 (erreur de l&apos;opérateur %2)</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>Non remis : %1</translation>
    </message>
    <message>
        <source>The phone provider did not take the text.</source>
        <translation>L&apos;opérateur téléphonique n&apos;a pas accepté le SMS.</translation>
    </message>
    <message>
        <source>Owner reminded by text</source>
        <translation>Rappel envoyé au patron par SMS</translation>
    </message>
    <message>
        <source>Reminder to the owner not sent: %1</source>
        <translation>Rappel au patron non envoyé : %1</translation>
    </message>
    <message>
        <source>Not sent: someone at the office took the conversation over.</source>
        <translation>Non envoyé : quelqu&apos;un du bureau a repris la conversation.</translation>
    </message>
    <message>
        <source>Not texted: Twilio Lookup says this line cannot take texts.</source>
        <translation>Pas de SMS : selon Twilio Lookup, cette ligne ne reçoit pas de SMS.</translation>
    </message>
    <message>
        <source>Not texted: a pager (Twilio Lookup). Call back.</source>
        <translation>Pas de SMS : un bipeur (Twilio Lookup). Rappelez.</translation>
    </message>
    <message>
        <source>Not texted: a premium-rate number (Twilio Lookup).</source>
        <translation>Pas de SMS : un numéro surtaxé (Twilio Lookup).</translation>
    </message>
    <message>
        <source>Not texted: a landline (Twilio Lookup). Call back.</source>
        <translation>Pas de SMS : une ligne fixe (Twilio Lookup). Rappelez.</translation>
    </message>
    <message>
        <source>Line type lookup failed, so the text went anyway: %1</source>
        <translation>La recherche du type de ligne a échoué, le SMS est donc parti quand même : %1</translation>
    </message>
</context>
<context>
    <name>ringback::OwnerAlerts</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Waiting %1: %2</source>
        <translation>En attente depuis %1 : %2</translation>
    </message>
    <message>
        <source>Waiting %1: %2 - &apos;%3&apos;</source>
        <extracomment>A text to the owner&apos;s mobile: how long a customer has waited for an answer (&quot;10 min&quot;), who, and their last words. Plain text, keep it short.</extracomment>
        <translation>En attente depuis %1 : %2 - « %3 »</translation>
    </message>
    <message>
        <source>URGENT: %1 - &apos;%2&apos;</source>
        <extracomment>A text to the owner&apos;s mobile about a customer whose text holds an urgent word (flooding, gas smell...): who, and their words. Plain text, keep it short.</extracomment>
        <translation>URGENT : %1 - &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>ringback::PhoneNumberService</name>
    <message>
        <source>unknown type</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>portable</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>fixe</translation>
    </message>
    <message>
        <source>mobile or landline</source>
        <translation>portable ou fixe</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>numéro gratuit</translation>
    </message>
    <message>
        <source>premium rate</source>
        <translation>numéro surtaxé</translation>
    </message>
    <message>
        <source>shared cost</source>
        <translation>coût partagé</translation>
    </message>
    <message>
        <source>internet phone (VoIP)</source>
        <translation>téléphone par internet (VoIP)</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>numéro personnel</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>bipeur</translation>
    </message>
    <message>
        <source>company number</source>
        <translation>numéro d&apos;entreprise</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>messagerie vocale</translation>
    </message>
</context>
<context>
    <name>ringback::PolicyDecision</name>
    <message>
        <source>Texted back with the after-hours message</source>
        <translation>SMS envoyé avec le message hors horaires</translation>
    </message>
    <message>
        <source>Texted back</source>
        <translation>SMS envoyé</translation>
    </message>
    <message>
        <source>Not texted: missed before Ringback started</source>
        <translation>Pas de SMS : manqué avant le démarrage de Ringback</translation>
    </message>
    <message>
        <source>Not texted: the caller ID was withheld</source>
        <translation>Pas de SMS : le numéro était masqué</translation>
    </message>
    <message>
        <source>Not texted: the caller ID is not a valid phone number</source>
        <translation>Pas de SMS : l&apos;identifiant de l&apos;appelant n&apos;est pas un numéro valide</translation>
    </message>
    <message>
        <source>Not texted: the call came from one of the business&apos;s own numbers</source>
        <translation>Pas de SMS : l&apos;appel venait d&apos;un des numéros de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Not texted: the number is blocked</source>
        <translation>Pas de SMS : le numéro est bloqué</translation>
    </message>
    <message>
        <source>Not texted: the caller opted out of texts</source>
        <translation>Pas de SMS : l&apos;appelant s&apos;est désinscrit des SMS</translation>
    </message>
    <message>
        <source>Not texted: a landline cannot receive texts, call them back</source>
        <translation>Pas de SMS : un fixe ne peut pas recevoir de SMS, rappelez la personne</translation>
    </message>
    <message>
        <source>Not texted: earlier texts to this number could not be delivered, call them back</source>
        <translation>Pas de SMS : les SMS précédents vers ce numéro n&apos;ont pas pu être remis, rappelez la personne</translation>
    </message>
    <message>
        <source>Not texted: texts to this country are not allowed in Settings</source>
        <translation>Pas de SMS : les SMS vers ce pays ne sont pas autorisés dans les Réglages</translation>
    </message>
    <message>
        <source>Not texted: auto text-back was paused</source>
        <translation>Pas de SMS : la réponse automatique était en pause</translation>
    </message>
    <message>
        <source>Not texted: missed while Ringback was offline, follow up by hand</source>
        <translation>Pas de SMS : manqué pendant que Ringback était hors ligne, relancez à la main</translation>
    </message>
    <message>
        <source>Not texted: the caller was reached by phone since</source>
        <translation>Pas de SMS : l&apos;appelant a été joint par téléphone depuis</translation>
    </message>
    <message>
        <source>Not texted: this caller was already texted recently</source>
        <translation>Pas de SMS : cet appelant a déjà reçu un SMS récemment</translation>
    </message>
    <message>
        <source>Held for approval: more automatic texts than the hourly limit</source>
        <translation>En attente d&apos;approbation : plus de SMS automatiques que la limite horaire</translation>
    </message>
    <message>
        <source>Not texted</source>
        <translation>Pas de SMS</translation>
    </message>
    <message>
        <source>Not texted: their reply looks like an opt-out; confirm or undo it in the conversation</source>
        <translation>Pas de SMS : sa réponse ressemble à une désinscription ; confirmez-la ou annulez-la dans la conversation</translation>
    </message>
</context>
<context>
    <name>ringback::RelativeTime</name>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes ago</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date in this year</comment>
        <translation>d MMM</translation>
    </message>
</context>
<context>
    <name>ringback::SetAsideRecord</name>
    <message>
        <source>The provider sent something that is not a record.</source>
        <translation>L&apos;opérateur a envoyé quelque chose qui n&apos;est pas un enregistrement.</translation>
    </message>
    <message>
        <source>The record has no id.</source>
        <translation>L&apos;enregistrement n&apos;a pas d&apos;identifiant.</translation>
    </message>
    <message>
        <source>The record&apos;s id is not text.</source>
        <translation>L&apos;identifiant de l&apos;enregistrement n&apos;est pas du texte.</translation>
    </message>
    <message>
        <source>The record&apos;s status is missing or unknown.</source>
        <translation>Le statut de l&apos;enregistrement est absent ou inconnu.</translation>
    </message>
    <message>
        <source>A date in the record is not a date.</source>
        <translation>Une date de l&apos;enregistrement n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>A date in the record is in the future.</source>
        <translation>Une date de l&apos;enregistrement est dans le futur.</translation>
    </message>
    <message>
        <source>A number in the record is not a number.</source>
        <translation>Un nombre de l&apos;enregistrement n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The database refused to store the record.</source>
        <translation>La base de données a refusé de stocker l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>The record could not be read.</source>
        <translation>L&apos;enregistrement n&apos;a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>ringback::SettingRules</name>
    <message>
        <source>The business name</source>
        <translation>Le nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>The business&apos;s country</source>
        <translation>Le pays de l&apos;entreprise</translation>
    </message>
    <message>
        <source>The business numbers</source>
        <translation>Les numéros de l&apos;entreprise</translation>
    </message>
    <message>
        <source>The booking link</source>
        <translation>Le lien de réservation</translation>
    </message>
    <message>
        <source>The staff names</source>
        <translation>Les noms du personnel</translation>
    </message>
    <message>
        <source>Auto text-back</source>
        <translation>Réponse automatique par SMS</translation>
    </message>
    <message>
        <source>The time auto text-back was switched on</source>
        <translation>L&apos;heure d&apos;activation de la réponse automatique par SMS</translation>
    </message>
    <message>
        <source>milliseconds since 1970</source>
        <translation>millisecondes depuis 1970</translation>
    </message>
    <message>
        <source>The time between checks for new calls</source>
        <translation>L&apos;intervalle entre les vérifications de nouveaux appels</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>The wait before texting</source>
        <translation>Le délai avant l&apos;envoi du SMS</translation>
    </message>
    <message>
        <source>The time between automatic texts to one number</source>
        <translation>L&apos;intervalle entre SMS automatiques vers un même numéro</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>The age after which missed calls are not texted</source>
        <translation>L&apos;ancienneté au-delà de laquelle un appel manqué ne reçoit pas de SMS</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>The length below which an answered call counts as missed</source>
        <translation>La durée en dessous de laquelle un appel décroché compte comme manqué</translation>
    </message>
    <message>
        <source>The time a caller may hang up on the greeting</source>
        <translation>Le délai pendant lequel un appelant peut raccrocher pendant l&apos;annonce</translation>
    </message>
    <message>
        <source>The countries texts may go to</source>
        <translation>Les pays vers lesquels les SMS peuvent être envoyés</translation>
    </message>
    <message>
        <source>The limit of automatic texts per hour</source>
        <translation>La limite de SMS automatiques par heure</translation>
    </message>
    <message>
        <source>texts</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>The follow-up text</source>
        <translation>Le SMS de relance</translation>
    </message>
    <message>
        <source>The wait before a follow-up</source>
        <translation>Le délai avant la relance</translation>
    </message>
    <message>
        <source>The reply to HELP</source>
        <translation>La réponse à HELP</translation>
    </message>
    <message>
        <source>The phone provider</source>
        <translation>L&apos;opérateur téléphonique</translation>
    </message>
    <message>
        <source>The provider&apos;s address</source>
        <translation>L&apos;adresse de l&apos;opérateur</translation>
    </message>
    <message>
        <source>The provider account ID</source>
        <translation>L&apos;identifiant du compte de l&apos;opérateur</translation>
    </message>
    <message>
        <source>The account&apos;s numbers</source>
        <translation>Les numéros du compte</translation>
    </message>
    <message>
        <source>A saved reply</source>
        <translation>Une réponse type</translation>
    </message>
    <message>
        <source>&quot;Setup completed&quot;</source>
        <translation>« Configuration terminée »</translation>
    </message>
    <message>
        <source>The desk name</source>
        <translation>Le nom du poste</translation>
    </message>
    <message>
        <source>The name of who works at this desk</source>
        <translation>Le nom de la personne à ce poste</translation>
    </message>
    <message>
        <source>The database location</source>
        <translation>L&apos;emplacement de la base de données</translation>
    </message>
    <message>
        <source>The permission to keep the token in a file</source>
        <translation>L&apos;autorisation de garder le jeton dans un fichier</translation>
    </message>
    <message>
        <source>The language</source>
        <translation>La langue</translation>
    </message>
    <message>
        <source>Reply notifications</source>
        <translation>Notifications de réponse</translation>
    </message>
    <message>
        <source>&quot;Start at sign-in&quot;</source>
        <translation>« Démarrer à l&apos;ouverture de session »</translation>
    </message>
    <message>
        <source>&quot;Start minimized&quot;</source>
        <translation>« Démarrer réduit »</translation>
    </message>
    <message>
        <source>%1 is a switch: on or off (true or false), not %2.</source>
        <translation>%1 est un interrupteur : activé ou désactivé (true ou false), pas %2.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3 (%4); %5 is not.</source>
        <translation>%1 doit être un nombre entier de %2 à %3 (%4) ; %5 n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>%1 can be at most %2 characters long per entry; one has %3.</source>
        <translation>%1 peut compter au plus %2 caractères par entrée ; l&apos;une en a %3.</translation>
    </message>
    <message>
        <source>%1 can be at most %2 characters long; this one has %3.</source>
        <translation>%1 peut compter au plus %2 caractères ; celui-ci en a %3.</translation>
    </message>
    <message>
        <source>%1 cannot contain control characters such as line breaks.</source>
        <translation>%1 ne peut pas contenir de caractères de contrôle comme des sauts de ligne.</translation>
    </message>
    <message>
        <source>%1 must be phone numbers in international form such as +15125550100; %2 is not one.</source>
        <translation>%1 doivent être des numéros de téléphone au format international, comme +15125550100 ; %2 n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>%1 must be given as two-letter country codes such as US or CA; %2 is not one.</source>
        <translation>%1 doivent être indiqués par des codes pays à deux lettres, comme US ou CA ; %2 n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>%1 must be a web address such as https://example.com/book; %2 is not one.</source>
        <translation>%1 doit être une adresse web comme https://example.com/book ; %2 n&apos;en est pas une.</translation>
    </message>
    <message>
        <source>%1 must be a web address such as https://api.twilio.com; %2 is not one.</source>
        <translation>%1 doit être une adresse web comme https://api.twilio.com ; %2 n&apos;en est pas une.</translation>
    </message>
    <message>
        <source>%1 must start with https://, so the Account SID and token are never sent unencrypted (plain http:// only to this computer: localhost, 127.0.0.1 or ::1); %2 is not allowed.</source>
        <translation>%1 doit commencer par https://, pour que l&apos;Account SID et le jeton ne soient jamais envoyés en clair (http:// simple uniquement vers cet ordinateur : localhost, 127.0.0.1 ou ::1) ; %2 n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>%1 must be one of: twilio, simulator; %2 is not one.</source>
        <translation>%1 doit être l&apos;une de ces valeurs : twilio, simulator ; %2 n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <source>%1 must be a language code such as en or es; %2 is not one.</source>
        <translation>%1 doit être un code de langue comme en ou fr ; %2 n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>%1 must be a file or a shared database address such as postgresql://maria@office-pc/ringback (without a password); %2 is not one.</source>
        <translation>%1 doit être un fichier ou l&apos;adresse d&apos;une base partagée comme postgresql://maria@office-pc/ringback (sans mot de passe) ; %2 n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>%1 must be a list of texts; %2 is not a text.</source>
        <translation>%1 doit être une liste de textes ; %2 n&apos;est pas un texte.</translation>
    </message>
    <message>
        <source>%1 must be a list of texts, not %2.</source>
        <translation>%1 doit être une liste de textes, pas %2.</translation>
    </message>
    <message>
        <source>%1 can hold at most %2 entries; this list has %3.</source>
        <translation>%1 peut contenir au plus %2 entrées ; cette liste en a %3.</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 ne peut pas être vide.</translation>
    </message>
    <message>
        <source>%1 must be a text, not %2.</source>
        <translation>%1 doit être un texte, pas %2.</translation>
    </message>
    <message>
        <source>The business&apos;s time zone</source>
        <translation>Le fuseau horaire de l&apos;entreprise</translation>
    </message>
    <message>
        <source>%1 must be a time zone such as America/Chicago; %2 is not one.</source>
        <translation>%1 doit être un fuseau horaire comme America/Chicago ; %2 n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>The follow-up would come before the first text: make the follow-up delay longer.</source>
        <translation>La relance partirait avant le premier SMS : allongez le délai de relance.</translation>
    </message>
    <message>
        <source>The wait before a reply reminder</source>
        <translation>L&apos;attente avant un rappel de réponse</translation>
    </message>
    <message>
        <source>minutes, 0 for never</source>
        <translation>minutes, 0 pour jamais</translation>
    </message>
    <message>
        <source>The owner&apos;s mobile</source>
        <translation>Le portable du patron</translation>
    </message>
    <message>
        <source>%1 must be a phone number such as (512) 555-0147 or +15125550147; %2 is not one.</source>
        <translation>%1 doit être un numéro de téléphone comme (512) 555-0147 ou +15125550147 ; %2 n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>The intake questions</source>
        <translation>Les questions d&apos;accueil</translation>
    </message>
    <message>
        <source>The intake questions asked</source>
        <translation>Les questions d&apos;accueil posées</translation>
    </message>
    <message>
        <source>The wait before the next intake question</source>
        <translation>L&apos;attente avant la question d&apos;accueil suivante</translation>
    </message>
    <message>
        <source>An urgent word</source>
        <translation>Un mot urgent</translation>
    </message>
    <message>
        <source>The average job value</source>
        <translation>La valeur du chantier moyen</translation>
    </message>
    <message>
        <source>cents</source>
        <translation>centimes</translation>
    </message>
    <message>
        <source>The limit of requests that watch ringing calls</source>
        <translation>La limite de requêtes qui surveillent les appels en cours de sonnerie</translation>
    </message>
    <message>
        <source>requests per minute</source>
        <translation>requêtes par minute</translation>
    </message>
    <message>
        <source>The messaging service</source>
        <translation>Le service de messagerie</translation>
    </message>
    <message>
        <source>The line type lookup</source>
        <translation>La recherche du type de ligne</translation>
    </message>
    <message>
        <source>%1 must be a messaging service id such as MG followed by 32 letters and digits; %2 is not one.</source>
        <translation>%1 doit être l&apos;identifiant d&apos;un service de messagerie, comme MG suivi de 32 lettres et chiffres ; %2 n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>The WhatsApp sender</source>
        <translation>L&apos;expéditeur WhatsApp</translation>
    </message>
    <message>
        <source>The text-back&apos;s WhatsApp template</source>
        <translation>Le modèle WhatsApp de la réponse automatique</translation>
    </message>
    <message>
        <source>The address of Twilio&apos;s Content API</source>
        <translation>L&apos;adresse de la Content API de Twilio</translation>
    </message>
    <message>
        <source>%1 must be an approved template&apos;s id such as HX followed by 32 letters and digits; %2 is not one.</source>
        <translation>%1 doit être l&apos;identifiant d&apos;un modèle approuvé, comme HX suivi de 32 lettres et chiffres ; %2 n&apos;en est pas un.</translation>
    </message>
</context>
<context>
    <name>ringback::Settings</name>
    <message>
        <source>Thanks! Could you send the address and a photo of the problem?</source>
        <translation>Merci ! Pouvez-vous nous envoyer l&apos;adresse et une photo du problème ?</translation>
    </message>
    <message>
        <source>We can come out tomorrow morning between 8 and 10. Does that work?</source>
        <translation>Nous pouvons passer demain matin entre 8 h et 10 h. Cela vous convient-il ?</translation>
    </message>
    <message>
        <source>Thanks for choosing us - we&apos;ll see you then.</source>
        <translation>Merci de nous avoir choisis, à bientôt.</translation>
    </message>
</context>
<context>
    <name>ringback::SimulatorProvider</name>
    <message>
        <source>The phone provider is busy; trying again shortly.</source>
        <translation>L&apos;opérateur téléphonique est occupé ; nouvel essai sous peu.</translation>
    </message>
    <message>
        <source>The phone provider cannot be reached. Check the internet connection.</source>
        <translation>L&apos;opérateur téléphonique est injoignable. Vérifiez la connexion internet.</translation>
    </message>
    <message>
        <source>The phone provider did not answer in time.</source>
        <translation>L&apos;opérateur téléphonique n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The phone provider had an internal error; trying again shortly.</source>
        <translation>L&apos;opérateur téléphonique a eu une erreur interne ; nouvel essai sous peu.</translation>
    </message>
    <message>
        <source>Demo: %1</source>
        <translation>Démo : %1</translation>
    </message>
    <message>
        <source>Main line</source>
        <translation>Ligne principale</translation>
    </message>
    <message>
        <source>Emergency line</source>
        <translation>Ligne d&apos;urgence</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>The number to send from is not one of this account&apos;s text-capable numbers.</source>
        <translation>Le numéro d&apos;envoi ne fait pas partie des numéros de ce compte capables d&apos;envoyer des SMS.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>The number to text is not a valid phone number.</source>
        <translation>Le numéro destinataire n&apos;est pas un numéro de téléphone valide.</translation>
    </message>
    <message>
        <source>This person replied STOP: they do not want texts from this number until they reply START.</source>
        <translation>Cette personne a répondu STOP : elle ne veut plus de SMS de ce numéro tant qu&apos;elle n&apos;a pas répondu START.</translation>
    </message>
    <message>
        <source>The phone provider has no such message.</source>
        <translation>L&apos;opérateur téléphonique n&apos;a pas ce message.</translation>
    </message>
    <message>
        <source>The phone provider does not know this call.</source>
        <translation>Le fournisseur téléphonique ne connaît pas cet appel.</translation>
    </message>
    <message>
        <source>The phone provider no longer has this file.</source>
        <translation>L&apos;opérateur téléphonique n&apos;a plus ce fichier.</translation>
    </message>
    <message>
        <source>The file is too large to keep.</source>
        <translation>Le fichier est trop volumineux pour être conservé.</translation>
    </message>
    <message>
        <source>Demo office texts</source>
        <translation>SMS du bureau de démonstration</translation>
    </message>
</context>
<context>
    <name>ringback::StoreMigrator</name>
    <message>
        <source>Only a desk&apos;s own database can be moved, and only into a shared database.</source>
        <translation>Seule la base propre à un poste peut être déplacée, et seulement vers une base partagée.</translation>
    </message>
    <message>
        <source>This desk&apos;s database and the shared database %1 are from different versions of Ringback (%2 and %3). Update Ringback on every desk first.</source>
        <translation>La base de ce poste et la base partagée %1 viennent de versions différentes de Ringback (%2 et %3). Mettez d’abord Ringback à jour sur tous les postes.</translation>
    </message>
    <message>
        <source>The shared database %1 already holds an office&apos;s data (table %2), so nothing was copied into it. Moving is for an empty shared database; to join one that is in use, just connect this desk to it.</source>
        <translation>La base partagée %1 contient déjà les données d’un bureau (table %2) : rien n’y a été copié. Le déplacement est prévu pour une base partagée vide ; pour en rejoindre une déjà utilisée, connectez simplement ce poste.</translation>
    </message>
    <message>
        <source>Copying table %1 to the shared database %2 did not give the same number of records (%3 here, %4 there), so nothing was moved. This desk&apos;s data is unchanged.</source>
        <translation>La copie de la table %1 vers la base partagée %2 n’a pas donné le même nombre d’enregistrements (%3 ici, %4 là-bas) : rien n’a été déplacé. Les données de ce poste sont inchangées.</translation>
    </message>
</context>
<context>
    <name>ringback::TemplateDefaults</name>
    <message>
        <source>Hi, this is {business}. Sorry we missed your call - what can we help you with?</source>
        <translation>Bonjour, ici {business}. Désolés d&apos;avoir manqué votre appel - que pouvons-nous faire pour vous ?</translation>
    </message>
    <message>
        <source>Hi, this is {business}. Sorry we missed your call - we&apos;re closed until {next_open}. What can we help with?</source>
        <translation>Bonjour, ici {business}. Désolés d&apos;avoir manqué votre appel, nous rouvrons {next_open}. Que pouvons-nous faire pour vous ?</translation>
    </message>
    <message>
        <source>Hi {first_name}, {business} here again, following up on your call. What can we do for you?</source>
        <translation>Bonjour {first_name}, ici {business} à nouveau, suite à votre appel. Que pouvons-nous faire pour vous ?</translation>
    </message>
    <message>
        <source>{business}: we text back calls we missed. Reply here to reach us. Reply STOP to opt out.</source>
        <translation>{business} : nous rappelons par SMS les appels manqués. Répondez à ce message pour nous joindre. Répondez STOP pour vous désinscrire.</translation>
    </message>
    <message>
        <source>What do you need help with?</source>
        <translation>De quoi avez-vous besoin ?</translation>
    </message>
    <message>
        <source>What&apos;s the address of the job?</source>
        <translation>Quelle est l&apos;adresse du chantier ?</translation>
    </message>
    <message>
        <source>When would you like us to come?</source>
        <translation>Quand souhaitez-vous que nous passions ?</translation>
    </message>
    <message>
        <source>A photo helps if you have one.</source>
        <translation>Une photo nous aide, si vous en avez une.</translation>
    </message>
</context>
<context>
    <name>ringback::TemplateLinter</name>
    <message>
        <source>Say who is texting: add {business}. People ignore texts from numbers they do not recognise.</source>
        <translation>Dites qui écrit : ajoutez {business}. Les gens ignorent les SMS de numéros qu&apos;ils ne reconnaissent pas.</translation>
    </message>
    <message>
        <source>Say that you missed their call (&quot;Sorry we missed your call&quot;), so the caller knows why you are texting.</source>
        <translation>Dites que vous avez manqué son appel (« Désolés d&apos;avoir manqué votre appel »), pour que l&apos;appelant sache pourquoi vous écrivez.</translation>
    </message>
    <message>
        <source>End with a question the caller can answer in their own words, such as &quot;What can we help you with?&quot;. Questions get replies.</source>
        <translation>Terminez par une question à laquelle l&apos;appelant peut répondre avec ses mots, comme « Que pouvons-nous faire pour vous ? ». Les questions obtiennent des réponses.</translation>
    </message>
    <message>
        <source>The message ends with a yes/no question. An open question such as &quot;What can we help you with?&quot; gets more replies.</source>
        <translation>Le message se termine par une question fermée. Une question ouverte comme « Que pouvons-nous faire pour vous ? » obtient plus de réponses.</translation>
    </message>
    <message>
        <source>Leave the link out of the first text: carriers filter first messages with links, and callers trust a plain reply more. Send it once they answer.</source>
        <translation>Ne mettez pas le lien dans le premier SMS : les opérateurs filtrent les premiers messages avec des liens, et les appelants font davantage confiance à une réponse simple. Envoyez-le quand ils répondent.</translation>
    </message>
    <message>
        <source>With a realistic name this message is %1 characters and goes out as %2 texts. Keep it within %3 so it is one.</source>
        <translation>Avec un vrai nom, ce message fait %1 caractères et part en %2 SMS. Restez sous %3 pour n&apos;en envoyer qu&apos;un.</translation>
    </message>
    <message>
        <source>Emoji and some symbols make each text shorter (70 characters instead of 160). Here: %1. Replace curly quotes, dashes and symbols with plain ones.</source>
        <translation>Les emoji et certains symboles raccourcissent chaque SMS (70 caractères au lieu de 160). Ici : %1. Remplacez les guillemets typographiques, tirets et symboles par des caractères simples.</translation>
    </message>
    <message>
        <source>non-breaking space</source>
        <translation>espace insécable</translation>
    </message>
    <message>
        <source>narrow space</source>
        <translation>espace fine</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
</context>
<context>
    <name>ringback::TemplateRenderer</name>
    <message>
        <source>%1 is not a placeholder Ringback knows. Did you mean %2?</source>
        <translation>%1 n&apos;est pas un champ connu de Ringback. Vouliez-vous dire %2 ?</translation>
    </message>
    <message>
        <source>%1 is not a placeholder Ringback knows. Use one of: %2.</source>
        <translation>%1 n&apos;est pas un champ connu de Ringback. Utilisez l&apos;un de ceux-ci : %2.</translation>
    </message>
    <message>
        <source>A { is never closed (highlighted). Add a } after the placeholder&apos;s name.</source>
        <translation>Une { n&apos;est jamais fermée (surlignée). Ajoutez une } après le nom du champ.</translation>
    </message>
    <message>
        <source>A } closes nothing (highlighted). Remove it, or add the { that belongs to it.</source>
        <translation>Une } ne ferme rien (surlignée). Supprimez-la ou ajoutez la { qui va avec.</translation>
    </message>
    <message>
        <source>The template uses %1, but it has no value yet. Fill it in under Settings, or take it out of the template.</source>
        <translation>Le modèle utilise %1, qui n&apos;a pas encore de valeur. Renseignez-le dans Paramètres ou retirez-le du modèle.</translation>
    </message>
</context>
<context>
    <name>ringback::TemplateStore</name>
    <message>
        <source>A saved reply needs a name.</source>
        <translation>Une réponse type a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>Give the saved reply a name.</source>
        <translation>Donnez un nom à la réponse type.</translation>
    </message>
    <message>
        <source>The message is empty. Write what the caller should read, or restore the default.</source>
        <translation>Le message est vide. Écrivez ce que l&apos;appelant doit lire, ou rétablissez le texte par défaut.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1 (et %n autre problème)</numerusform>
            <numerusform>%1 (et %n autres problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <source>The template was not saved. Try again.</source>
        <translation>Le modèle n&apos;a pas été enregistré. Réessayez.</translation>
    </message>
</context>
<context>
    <name>ringback::TimeZoneCatalog</name>
    <message>
        <source>Newfoundland</source>
        <translation>Terre-Neuve</translation>
    </message>
    <message>
        <source>Atlantic</source>
        <translation>Atlantique</translation>
    </message>
    <message>
        <source>Eastern</source>
        <translation>Est</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Mountain</source>
        <translation>Rocheuses</translation>
    </message>
    <message>
        <source>Pacific</source>
        <translation>Pacifique</translation>
    </message>
    <message>
        <source>Alaska</source>
        <translation>Alaska</translation>
    </message>
    <message>
        <source>Aleutian</source>
        <translation>Aléoutiennes</translation>
    </message>
    <message>
        <source>Hawaii</source>
        <translation>Hawaï</translation>
    </message>
    <message>
        <source>Arizona</source>
        <translation>Arizona</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A city and the state or country its time-zone id names: &quot;New Salem (North Dakota)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Coordinated Universal Time</source>
        <translation>Temps universel coordonné</translation>
    </message>
    <message>
        <source>Coordinated Universal Time (UTC)</source>
        <translation>Temps universel coordonné (UTC)</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <extracomment>A time zone in the list: its everyday name, then its city (&quot;Central - Chicago&quot;).</extracomment>
        <translation>%1 - %2</translation>
    </message>
</context>
<context>
    <name>ringback::TwilioOptions</name>
    <message>
        <source>The provider address &quot;%1&quot; is not a web address such as https://api.twilio.com.</source>
        <translation>L&apos;adresse de l&apos;opérateur « %1 » n&apos;est pas une adresse web comme https://api.twilio.com.</translation>
    </message>
    <message>
        <source>The provider address &quot;%1&quot; must start with https://, so the Account SID and token are never sent unencrypted (plain http:// is only for this computer: localhost, 127.0.0.1 or ::1).</source>
        <translation>L&apos;adresse de l&apos;opérateur « %1 » doit commencer par https://, pour que l&apos;Account SID et le jeton ne soient jamais envoyés en clair (http:// simple est réservé à cet ordinateur : localhost, 127.0.0.1 ou ::1).</translation>
    </message>
</context>
<context>
    <name>ringback::VoipProvider</name>
    <message>
        <source>The phone provider keeps no files sent with texts.</source>
        <translation>L&apos;opérateur téléphonique ne conserve pas les fichiers envoyés avec les SMS.</translation>
    </message>
    <message>
        <source>This provider cannot look up line types.</source>
        <translation>Cet opérateur ne peut pas rechercher le type de ligne.</translation>
    </message>
</context>
<context>
    <name>ringback::app</name>
    <message>
        <source>Stopping: finishing the text in flight.</source>
        <translation>Arrêt : envoi du SMS en cours avant de terminer.</translation>
    </message>
    <message>
        <source>There is no database file at %1 to move. Give the desk&apos;s file with --db.</source>
        <translation>Il n’y a pas de fichier de base à %1 à déplacer. Indiquez le fichier du poste avec --db.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n record(s) to %1. This desk now uses the shared database; %2 stays as a backup.
</source>
        <translation>
            <numerusform>%n enregistrement déplacé vers %1. Ce poste utilise maintenant la base partagée ; %2 est gardé comme sauvegarde.
</numerusform>
            <numerusform>%n enregistrements déplacés vers %1. Ce poste utilise maintenant la base partagée ; %2 est gardé comme sauvegarde.
</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider changed in Settings: finishing the text in flight, then carrying on with the new one.</source>
        <translation>Le fournisseur a changé dans les Réglages : fin du SMS en cours, puis reprise avec le nouveau.</translation>
    </message>
</context>
<context>
    <name>ringback::app::DesktopSession</name>
    <message>
        <source>Ringback (demo)</source>
        <translation>Ringback (démo)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>finish the setup first.</source>
        <translation>terminez d&apos;abord la configuration.</translation>
    </message>
    <message>
        <source>the setup was not finished. Open Settings and click &quot;Run setup again&quot;.</source>
        <translation>la configuration n&apos;a pas été terminée. Ouvrez les Réglages et cliquez sur « Relancer la configuration ».</translation>
    </message>
    <message>
        <source>Auto text-back is off: %1</source>
        <translation>La réponse automatique par SMS est désactivée : %1</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Ringback</source>
        <translation>À &amp;propos de Ringback</translation>
    </message>
    <message>
        <source>Shared database saved</source>
        <translation>Base partagée enregistrée</translation>
    </message>
    <message>
        <source>Settings saved: every page shows them now.</source>
        <translation>Paramètres enregistrés : toutes les pages les affichent déjà.</translation>
    </message>
    <message>
        <source>Shared database not saved</source>
        <translation>Base partagée non enregistrée</translation>
    </message>
    <message>
        <source>This computer&apos;s settings could not be saved, so Ringback keeps using %1.</source>
        <translation>Les paramètres de cet ordinateur n&apos;ont pas pu être enregistrés : Ringback continue d&apos;utiliser %1.</translation>
    </message>
    <message>
        <source>Restart Ringback</source>
        <translation>Redémarrer Ringback</translation>
    </message>
    <message>
        <source>Ringback restarts now to use the shared database: this window closes and opens again on it in a few seconds.</source>
        <translation>Ringback redémarre maintenant pour utiliser la base partagée : cette fenêtre se ferme et se rouvre dessus dans quelques secondes.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Ringback will use the shared database the next time it starts.</source>
        <translation>Ringback utilisera la base partagée au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>Ringback restarts now to show everything in %1: this window closes and opens again in a few seconds.</source>
        <translation>Ringback redémarre maintenant pour tout afficher en %1 : cette fenêtre se ferme et se rouvre dans quelques secondes.</translation>
    </message>
    <message>
        <source>Ringback will be in %1 the next time it starts.</source>
        <translation>Ringback sera en %1 au prochain démarrage.</translation>
    </message>
    <message>
        <source>Conversation not opened</source>
        <translation>Conversation non ouverte</translation>
    </message>
    <message>
        <source>Ringback could not open this caller&apos;s conversation: %1</source>
        <translation>Ringback n&apos;a pas pu ouvrir la conversation de cet appelant : %1</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Bloquer %1</translation>
    </message>
    <message>
        <source>Ringback will never text %1 again, automatically or from the Inbox. Their calls still show in Calls.</source>
        <translation>Ringback n&apos;enverra plus jamais de SMS au %1, ni automatiquement ni depuis la boîte de réception. Ses appels restent visibles dans Appels.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>Number not blocked</source>
        <translation>Numéro non bloqué</translation>
    </message>
    <message>
        <source>Ringback could not block %1: %2</source>
        <translation>Ringback n&apos;a pas pu bloquer le %1 : %2</translation>
    </message>
    <message>
        <source>%1 is blocked: Ringback will not text it.</source>
        <translation>Le %1 est bloqué : Ringback ne lui enverra pas de SMS.</translation>
    </message>
    <message>
        <source>Number still blocked</source>
        <translation>Numéro toujours bloqué</translation>
    </message>
    <message>
        <source>Ringback could not unblock %1: %2</source>
        <translation>Ringback n&apos;a pas pu débloquer le %1 : %2</translation>
    </message>
    <message>
        <source>%1 can be texted again.</source>
        <translation>Le %1 peut de nouveau recevoir des SMS.</translation>
    </message>
    <message>
        <source>Texting missed callers back</source>
        <translation>Répond par SMS aux appels manqués</translation>
    </message>
    <message>
        <source>Not checked: no provider connected yet.</source>
        <translation>Non vérifié : aucun opérateur connecté pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Vérification...</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit Ringback</source>
        <translation>&amp;Quitter Ringback</translation>
    </message>
</context>
<context>
    <name>ringback::app::ProviderCheckCommand</name>
    <message>
        <source>Ringback cannot check the provider &quot;%1&quot;; the providers it knows are: twilio.</source>
        <translation>Ringback ne peut pas vérifier l&apos;opérateur « %1 » ; les opérateurs qu&apos;il connaît sont : twilio.</translation>
    </message>
    <message>
        <source>Twilio account: %1 (%2, %3)</source>
        <translation>Compte Twilio : %1 (%2, %3)</translation>
    </message>
    <message>
        <source>This account has no phone numbers yet.</source>
        <translation>Ce compte n&apos;a pas encore de numéro de téléphone.</translation>
    </message>
    <message>
        <source>Phone numbers:</source>
        <translation>Numéros de téléphone :</translation>
    </message>
    <message>
        <source>calls and texts</source>
        <translation>appels et SMS</translation>
    </message>
    <message>
        <source>texts only</source>
        <translation>SMS uniquement</translation>
    </message>
    <message>
        <source>calls only</source>
        <translation>appels uniquement</translation>
    </message>
    <message>
        <source>neither calls nor texts</source>
        <translation>ni appels ni SMS</translation>
    </message>
    <message>
        <source>  %1  %2 (%3)</source>
        <translation>  %1  %2 (%3)</translation>
    </message>
    <message>
        <source>Texting to US numbers (A2P 10DLC and toll-free registration):</source>
        <translation>SMS vers les numéros américains (enregistrement A2P 10DLC et numéros gratuits) :</translation>
    </message>
    <message>
        <source>WhatsApp: no sender set up in Settings.</source>
        <translation>WhatsApp : aucun expéditeur défini dans les Réglages.</translation>
    </message>
    <message>
        <source>WhatsApp sender: %1</source>
        <translation>Expéditeur WhatsApp : %1</translation>
    </message>
    <message>
        <source>WhatsApp templates could not be listed: %1</source>
        <translation>Les modèles WhatsApp n&apos;ont pas pu être listés : %1</translation>
    </message>
    <message>
        <source>No approved WhatsApp templates: outside the 24-hour window nothing can be sent.</source>
        <translation>Aucun modèle WhatsApp approuvé : hors de la fenêtre de 24 heures, rien ne peut être envoyé.</translation>
    </message>
    <message>
        <source>Approved WhatsApp templates:</source>
        <translation>Modèles WhatsApp approuvés :</translation>
    </message>
    <message>
        <source>  %1 (%2): %3</source>
        <translation>  %1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>ringback::app::ProviderConnection</name>
    <message>
        <source>Ringback does not know the provider &quot;%1&quot;; the providers it knows are: twilio.</source>
        <translation>Ringback ne connaît pas l&apos;opérateur « %1 » ; les opérateurs qu&apos;il connaît sont : twilio.</translation>
    </message>
</context>
<context>
    <name>ringback::app::SettingsFileCommand</name>
    <message>
        <source>Could not write the settings to %1: %2</source>
        <translation>Impossible d&apos;écrire les réglages dans %1 : %2</translation>
    </message>
    <message>
        <source>Settings written to %1.</source>
        <translation>Réglages écrits dans %1.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Ringback settings file (%2). Nothing was changed.</source>
        <translation>%1 n&apos;est pas un fichier de réglages Ringback (%2). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Ignored settings this version does not know: %1</source>
        <translation>Réglages ignorés que cette version ne connaît pas : %1</translation>
    </message>
    <message>
        <source>Settings read from %1.</source>
        <translation>Réglages lus depuis %1.</translation>
    </message>
    <message>
        <source>%1 was not read, nothing was changed:
%2</source>
        <translation>%1 n&apos;a pas été lu, rien n&apos;a été modifié :
%2</translation>
    </message>
</context>
<context>
    <name>ringback::sim::ReplyScript</name>
    <message>
        <source>Water heater is leaking in the garage, can someone come today?</source>
        <translation>Le chauffe-eau fuit dans le garage, quelqu&apos;un peut passer aujourd&apos;hui ?</translation>
    </message>
    <message>
        <source>Kitchen sink is backed up and won&apos;t drain at all</source>
        <translation>L&apos;évier de la cuisine est bouché et ne se vide plus du tout</translation>
    </message>
    <message>
        <source>We have a leak under the upstairs bathroom, water is coming through the ceiling</source>
        <translation>On a une fuite sous la salle de bain de l&apos;étage, l&apos;eau passe à travers le plafond</translation>
    </message>
    <message>
        <source>Toilet keeps running, how much to fix that?</source>
        <translation>La chasse d&apos;eau coule sans arrêt, combien pour réparer ça ?</translation>
    </message>
    <message>
        <source>No hot water since this morning. Gas water heater, about 12 years old</source>
        <translation>Plus d&apos;eau chaude depuis ce matin. Chauffe-eau au gaz, environ 12 ans</translation>
    </message>
    <message>
        <source>Need a quote to replace a 50 gallon water heater</source>
        <translation>J&apos;ai besoin d&apos;un devis pour remplacer un chauffe-eau de 190 litres</translation>
    </message>
    <message>
        <source>Main sewer line is backing up into the tub</source>
        <translation>La canalisation principale d&apos;égout refoule dans la baignoire</translation>
    </message>
    <message>
        <source>Outdoor spigot froze and cracked, water everywhere</source>
        <translation>Le robinet extérieur a gelé et s&apos;est fendu, il y a de l&apos;eau partout</translation>
    </message>
    <message>
        <source>Do you do tankless water heater installs?</source>
        <translation>Vous installez des chauffe-eau instantanés ?</translation>
    </message>
    <message>
        <source>Low water pressure in the whole house all of a sudden</source>
        <translation>Tout à coup, pression d&apos;eau faible dans toute la maison</translation>
    </message>
    <message>
        <source>Garbage disposal is humming but not spinning</source>
        <translation>Le broyeur d&apos;évier bourdonne mais ne tourne pas</translation>
    </message>
    <message>
        <source>Slab leak maybe? Water bill doubled and I hear water running</source>
        <translation>Une fuite sous la dalle peut-être ? La facture d&apos;eau a doublé et j&apos;entends l&apos;eau couler</translation>
    </message>
    <message>
        <source>Breaker keeps tripping in the kitchen</source>
        <translation>Le disjoncteur de la cuisine n&apos;arrête pas de sauter</translation>
    </message>
    <message>
        <source>Half the outlets in the living room stopped working</source>
        <translation>La moitié des prises du salon ne fonctionnent plus</translation>
    </message>
    <message>
        <source>Need a quote for an EV charger in the garage</source>
        <translation>J&apos;ai besoin d&apos;un devis pour une borne de recharge dans le garage</translation>
    </message>
    <message>
        <source>Lights flicker every time the AC kicks on</source>
        <translation>Les lumières vacillent chaque fois que la clim démarre</translation>
    </message>
    <message>
        <source>Burning smell from an outlet in the bedroom, I turned the breaker off</source>
        <translation>Odeur de brûlé venant d&apos;une prise de la chambre, j&apos;ai coupé le disjoncteur</translation>
    </message>
    <message>
        <source>Looking to upgrade our panel to 200 amp, can you quote it?</source>
        <translation>On voudrait passer notre tableau à 200 ampères, vous pouvez faire un devis ?</translation>
    </message>
    <message>
        <source>Want to add recessed lights in the kitchen, 8 or so</source>
        <translation>Je voudrais ajouter des spots encastrés dans la cuisine, 8 environ</translation>
    </message>
    <message>
        <source>GFCI in the bathroom won&apos;t reset</source>
        <translation>Le différentiel de la salle de bain ne se réarme pas</translation>
    </message>
    <message>
        <source>Ceiling fan install, we already bought the fan</source>
        <translation>Pose d&apos;un ventilateur de plafond, on a déjà acheté le ventilateur</translation>
    </message>
    <message>
        <source>Power is out on one side of the house only</source>
        <translation>Plus de courant d&apos;un seul côté de la maison</translation>
    </message>
    <message>
        <source>Need a quote for a new roof, 2 story house in Round Rock</source>
        <translation>J&apos;ai besoin d&apos;un devis pour une nouvelle toiture, maison à étage à Round Rock</translation>
    </message>
    <message>
        <source>Hail damage from last night&apos;s storm, insurance adjuster coming Friday</source>
        <translation>Dégâts de grêle après l&apos;orage d&apos;hier soir, l&apos;expert de l&apos;assurance passe vendredi</translation>
    </message>
    <message>
        <source>Roof is leaking around the chimney when it rains</source>
        <translation>Le toit fuit autour de la cheminée quand il pleut</translation>
    </message>
    <message>
        <source>Several shingles blew off in the wind, can you patch it?</source>
        <translation>Le vent a arraché plusieurs bardeaux, vous pouvez réparer ?</translation>
    </message>
    <message>
        <source>Water stain on the ceiling keeps getting bigger, think it&apos;s the roof</source>
        <translation>La tache d&apos;eau au plafond grandit, je pense que c&apos;est le toit</translation>
    </message>
    <message>
        <source>Do you do metal roofs? Looking at replacing ours this spring</source>
        <translation>Vous faites les toitures en métal ? On pense remplacer la nôtre ce printemps</translation>
    </message>
    <message>
        <source>Gutters are pulling away from the fascia on the back side</source>
        <translation>Les gouttières se détachent de la bordure à l&apos;arrière</translation>
    </message>
    <message>
        <source>Buying a house in Pflugerville, need a roof inspection before closing</source>
        <translation>J&apos;achète une maison à Pflugerville, il me faut une inspection du toit avant la signature</translation>
    </message>
    <message>
        <source>AC stopped blowing cold last night</source>
        <translation>La clim ne souffle plus de froid depuis hier soir</translation>
    </message>
    <message>
        <source>Furnace won&apos;t turn on, house is 58 degrees</source>
        <translation>La chaudière ne s&apos;allume pas, il fait 14 degrés dans la maison</translation>
    </message>
    <message>
        <source>Outside unit is making a loud grinding noise</source>
        <translation>L&apos;unité extérieure fait un fort bruit de frottement</translation>
    </message>
    <message>
        <source>Ice on the AC line outside, is that bad?</source>
        <translation>Il y a de la glace sur le tuyau de la clim dehors, c&apos;est grave ?</translation>
    </message>
    <message>
        <source>Need a quote for a new AC system, 3 ton, house is 2200 sq ft</source>
        <translation>J&apos;ai besoin d&apos;un devis pour une nouvelle clim de 3 tonnes, maison de 200 m²</translation>
    </message>
    <message>
        <source>Thermostat is blank, replaced the batteries already</source>
        <translation>Le thermostat n&apos;affiche rien, j&apos;ai déjà changé les piles</translation>
    </message>
    <message>
        <source>Water dripping from the attic unit into the hallway</source>
        <translation>De l&apos;eau goutte de l&apos;unité du grenier dans le couloir</translation>
    </message>
    <message>
        <source>Can we schedule the spring AC tune-up?</source>
        <translation>On peut prévoir l&apos;entretien de printemps de la clim ?</translation>
    </message>
    <message>
        <source>Upstairs is 10 degrees hotter than downstairs, any ideas?</source>
        <translation>Il fait 5 degrés de plus à l&apos;étage qu&apos;en bas, une idée ?</translation>
    </message>
    <message>
        <source>Heat pump is blowing cold air in heat mode</source>
        <translation>La pompe à chaleur souffle de l&apos;air froid en mode chauffage</translation>
    </message>
    <message>
        <source>Can you come out Thursday morning?</source>
        <translation>Vous pouvez passer jeudi matin ?</translation>
    </message>
    <message>
        <source>Sorry missed you, I was calling about the estimate you sent</source>
        <translation>Désolé de vous avoir manqué, j&apos;appelais pour le devis que vous m&apos;avez envoyé</translation>
    </message>
    <message>
        <source>Is this the plumber? My neighbor recommended you</source>
        <translation>C&apos;est bien le plombier ? Mon voisin vous a recommandé</translation>
    </message>
    <message>
        <source>Calling to reschedule tomorrow&apos;s appointment</source>
        <translation>J&apos;appelais pour déplacer le rendez-vous de demain</translation>
    </message>
    <message>
        <source>What&apos;s your service call fee?</source>
        <translation>Combien coûte le déplacement ?</translation>
    </message>
    <message>
        <source>Do you work on weekends? It&apos;s kind of an emergency</source>
        <translation>Vous travaillez le week-end ? C&apos;est un peu urgent</translation>
    </message>
    <message>
        <source>Your tech was here last week and the leak is back</source>
        <translation>Votre technicien est venu la semaine dernière et la fuite est revenue</translation>
    </message>
    <message>
        <source>Do you take credit cards? Need someone out today</source>
        <translation>Vous acceptez la carte bancaire ? Il me faut quelqu&apos;un aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Address is 1408 Barton Hills Dr, Austin 78704</source>
        <translation>L&apos;adresse est 1408 Barton Hills Dr, Austin 78704</translation>
    </message>
    <message>
        <source>We&apos;re at 2211 Sunrise Rd in Round Rock</source>
        <translation>On est au 2211 Sunrise Rd à Round Rock</translation>
    </message>
    <message>
        <source>It&apos;s 906 Kenwood Ave, the gate code is 4521</source>
        <translation>C&apos;est au 906 Kenwood Ave, le code du portail est 4521</translation>
    </message>
    <message>
        <source>17 Oak Creek Cv, Cedar Park. Blue house on the corner</source>
        <translation>17 Oak Creek Cv, Cedar Park. La maison bleue au coin</translation>
    </message>
    <message>
        <source>I can send a photo if that helps</source>
        <translation>Je peux envoyer une photo si ça aide</translation>
    </message>
    <message>
        <source>Just sent you a picture of the unit&apos;s label</source>
        <translation>Je viens de vous envoyer une photo de l&apos;étiquette de l&apos;appareil</translation>
    </message>
    <message>
        <source>Sent a photo of the ceiling, it&apos;s getting worse</source>
        <translation>J&apos;ai envoyé une photo du plafond, ça empire</translation>
    </message>
    <message>
        <source>I&apos;m home all day today</source>
        <translation>Je suis chez moi toute la journée aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Anytime after 3 works, I get off work early</source>
        <translation>N&apos;importe quand après 15 h, je finis tôt</translation>
    </message>
    <message>
        <source>Please call me back when you can</source>
        <translation>Rappelez-moi quand vous pouvez, s&apos;il vous plaît</translation>
    </message>
    <message>
        <source>Also the dog is friendly lol</source>
        <translation>Et le chien est gentil mdr</translation>
    </message>
    <message>
        <source>Thursday morning works</source>
        <translation>Jeudi matin, ça me va</translation>
    </message>
    <message>
        <source>Ok thanks, talk soon</source>
        <translation>OK merci, à bientôt</translation>
    </message>
    <message>
        <source>Yes please, the sooner the better</source>
        <translation>Oui s&apos;il vous plaît, le plus tôt sera le mieux</translation>
    </message>
    <message>
        <source>How much would that be roughly?</source>
        <translation>Ça coûterait combien à peu près ?</translation>
    </message>
    <message>
        <source>Can you do 8am? I have to leave for work at 9</source>
        <translation>Vous pouvez à 8 h ? Je dois partir au travail à 9 h</translation>
    </message>
    <message>
        <source>Never mind, we got someone else. Thanks anyway</source>
        <translation>Laissez tomber, on a trouvé quelqu&apos;un d&apos;autre. Merci quand même</translation>
    </message>
    <message>
        <source>👍</source>
        <translation>👍</translation>
    </message>
    <message>
        <source>Great, see you then</source>
        <translation>Super, à tout à l&apos;heure</translation>
    </message>
    <message>
        <source>This is %1 by the way, you did our bathroom last year</source>
        <translation>C&apos;est %1 au fait, vous avez fait notre salle de bain l&apos;an dernier</translation>
    </message>
    <message>
        <source>1408 Barton Hills Dr, Austin 78704</source>
        <translation>1408 Barton Hills Dr, Austin 78704</translation>
    </message>
    <message>
        <source>2211 Sunrise Rd, Round Rock</source>
        <translation>2211 Sunrise Rd, Round Rock</translation>
    </message>
    <message>
        <source>It&apos;s 906 Kenwood Ave</source>
        <translation>C&apos;est au 906 Kenwood Ave</translation>
    </message>
    <message>
        <source>17 Oak Creek Cv, Cedar Park</source>
        <translation>17 Oak Creek Cv, Cedar Park</translation>
    </message>
    <message>
        <source>4512 Oak St, Austin TX 78701</source>
        <translation>4512 Oak St, Austin TX 78701</translation>
    </message>
    <message>
        <source>305 W Main St in Pflugerville, the blue house</source>
        <translation>305 W Main St à Pflugerville, la maison bleue</translation>
    </message>
    <message>
        <source>Tomorrow morning if possible</source>
        <translation>Demain matin si possible</translation>
    </message>
    <message>
        <source>Today after 3 if you can</source>
        <translation>Aujourd&apos;hui après 15 h si vous pouvez</translation>
    </message>
    <message>
        <source>Friday works best for us</source>
        <translation>Vendredi, c&apos;est le mieux pour nous</translation>
    </message>
    <message>
        <source>ASAP please</source>
        <translation>Au plus vite, s&apos;il vous plaît</translation>
    </message>
    <message>
        <source>Anytime Monday, I work from home</source>
        <translation>Lundi à n&apos;importe quelle heure, je télétravaille</translation>
    </message>
    <message>
        <source>Saturday morning?</source>
        <translation>Samedi matin ?</translation>
    </message>
    <message>
        <source>Here you go</source>
        <translation>Voilà</translation>
    </message>
    <message>
        <source>This is what it looks like</source>
        <translation>Voilà à quoi ça ressemble</translation>
    </message>
</context>
<context>
    <name>ringback::sim::SimulatedCarrier</name>
    <message>
        <source>Hi, this is %1. Sorry we missed your call, how can we help?</source>
        <translation>Bonjour, ici %1. Désolés d&apos;avoir manqué votre appel, que pouvons-nous faire pour vous ?</translation>
    </message>
    <message>
        <source>The number is a landline or unreachable: it cannot receive texts.</source>
        <translation>Le numéro est un fixe ou injoignable : il ne peut pas recevoir de SMS.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::AboutDialog</name>
    <message>
        <source>About Ringback</source>
        <translation>À propos de Ringback</translation>
    </message>
    <message>
        <source>Ringback %1</source>
        <translation>Ringback %1</translation>
    </message>
    <message>
        <source>Texts back the callers your office missed.</source>
        <translation>Envoie un SMS aux personnes dont votre bureau a manqué l&apos;appel.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier de données :</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Réglages :</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Journaux :</translation>
    </message>
    <message>
        <source>Not kept in a file. Start Ringback from a terminal (or with --headless) to see them.</source>
        <translation>Pas conservés dans un fichier. Lancez Ringback depuis un terminal (ou avec --headless) pour les voir.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Ringback is released under the MIT licence.&lt;/p&gt;&lt;p&gt;It is built on these libraries, each under its own licence:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt 6, The Qt Company: &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;GNU LGPL version 3&lt;/a&gt;&lt;/li&gt;&lt;li&gt;libphonenumber, Google: &lt;a href=&quot;https://www.apache.org/licenses/LICENSE-2.0&quot;&gt;Apache License 2.0&lt;/a&gt;&lt;/li&gt;&lt;li&gt;QtKeychain, Frank Osterfeld: &lt;a href=&quot;https://opensource.org/license/bsd-2-clause&quot;&gt;BSD 2-Clause&lt;/a&gt;&lt;/li&gt;&lt;li&gt;Protocol Buffers, Google (used by libphonenumber): &lt;a href=&quot;https://opensource.org/license/bsd-3-clause&quot;&gt;BSD 3-Clause&lt;/a&gt;&lt;/li&gt;&lt;li&gt;ICU, Unicode (used by libphonenumber): &lt;a href=&quot;https://www.unicode.org/license.txt&quot;&gt;Unicode licence&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Ringback est publié sous la licence MIT.&lt;/p&gt;&lt;p&gt;Il repose sur ces bibliothèques, chacune sous sa propre licence :&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt 6, The Qt Company : &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;GNU LGPL version 3&lt;/a&gt;&lt;/li&gt;&lt;li&gt;libphonenumber, Google : &lt;a href=&quot;https://www.apache.org/licenses/LICENSE-2.0&quot;&gt;Apache License 2.0&lt;/a&gt;&lt;/li&gt;&lt;li&gt;QtKeychain, Frank Osterfeld : &lt;a href=&quot;https://opensource.org/license/bsd-2-clause&quot;&gt;BSD 2-Clause&lt;/a&gt;&lt;/li&gt;&lt;li&gt;Protocol Buffers, Google (utilisée par libphonenumber) : &lt;a href=&quot;https://opensource.org/license/bsd-3-clause&quot;&gt;BSD 3-Clause&lt;/a&gt;&lt;/li&gt;&lt;li&gt;ICU, Unicode (utilisée par libphonenumber) : &lt;a href=&quot;https://www.unicode.org/license.txt&quot;&gt;licence Unicode&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ringback::ui::AutoTextBackSwitch</name>
    <message>
        <source>The switch could not be saved: the database did not accept the change. Try again in a moment.</source>
        <translation>L&apos;interrupteur n&apos;a pas pu être enregistré : la base de données a refusé la modification. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Pause auto text-back</source>
        <translation>Mettre en pause la réponse automatique par SMS</translation>
    </message>
    <message>
        <source>Stop automatic texts at every desk? Missed callers are not texted until someone resumes it. Calls, replies and the inbox keep working.</source>
        <translation>Arrêter les SMS automatiques sur tous les postes ? Les appels manqués ne recevront pas de SMS jusqu&apos;à ce que quelqu&apos;un les relance. Les appels, les réponses et la boîte de réception continuent de fonctionner.</translation>
    </message>
    <message>
        <source>Pause at every desk</source>
        <translation>Mettre en pause sur tous les postes</translation>
    </message>
</context>
<context>
    <name>ringback::ui::AutomationStatusView</name>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n s ago</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>Vérifié il y a %n s</numerusform>
            <numerusform>Vérifié il y a %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n min ago</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>Vérifié il y a %n min</numerusform>
            <numerusform>Vérifié il y a %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Last checked at %1</source>
        <translation>Dernière vérification à %1</translation>
    </message>
    <message>
        <source>Auto text-back is paused: missed callers are not being texted.</source>
        <translation>La réponse automatique par SMS est en pause : les appels manqués ne reçoivent pas de SMS.</translation>
    </message>
    <message>
        <source>Auto text-back is starting…</source>
        <translation>La réponse automatique par SMS démarre…</translation>
    </message>
    <message>
        <source>Auto text-back is live.</source>
        <translation>La réponse automatique par SMS est active.</translation>
    </message>
    <message>
        <source>Auto text-back runs on %1; this desk shows the shared inbox.</source>
        <translation>La réponse automatique par SMS tourne sur %1 ; ce poste affiche la boîte de réception partagée.</translation>
    </message>
    <message>
        <source>Auto text-back has a problem: %1</source>
        <translation>La réponse automatique par SMS rencontre un problème : %1</translation>
    </message>
    <message>
        <source>Auto text-back is offline: %1 Retrying.</source>
        <translation>La réponse automatique par SMS est hors ligne : %1 Nouvel essai en cours.</translation>
    </message>
    <message>
        <source>Auto text-back is stopped.</source>
        <translation>La réponse automatique par SMS est arrêtée.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>En veille</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Auto text-back: %1</source>
        <translation>Réponse automatique par SMS : %1</translation>
    </message>
    <message>
        <source>Resume auto text-back</source>
        <translation>Reprendre la réponse automatique par SMS</translation>
    </message>
    <message>
        <source>Pause auto text-back</source>
        <translation>Mettre en pause la réponse automatique par SMS</translation>
    </message>
    <message>
        <source>Missed callers are not texted while paused. Calls, replies and the inbox keep working.</source>
        <translation>En pause, les appels manqués ne reçoivent pas de SMS. Les appels, les réponses et la boîte de réception continuent de fonctionner.</translation>
    </message>
    <message>
        <source>Stop texting missed callers automatically, at every desk. Calls, replies and the inbox keep working.</source>
        <translation>Arrêter d&apos;envoyer automatiquement des SMS aux appels manqués, sur tous les postes. Les appels, les réponses et la boîte de réception continuent de fonctionner.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln text(s) queued</source>
        <translation>
            <numerusform>%Ln SMS en attente</numerusform>
            <numerusform>%Ln SMS en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>This desk shows the shared inbox.</source>
        <translation>Ce poste affiche la boîte partagée.</translation>
    </message>
    <message numerus="yes">
        <source>next try in %n s</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>prochain essai dans %n s</numerusform>
            <numerusform>prochain essai dans %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) ringing</source>
        <translation>
            <numerusform>%n appel en cours de sonnerie</numerusform>
            <numerusform>%n appels en cours de sonnerie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) to the provider per hour</source>
        <translation>
            <numerusform>%Ln requête au fournisseur par heure</numerusform>
            <numerusform>%Ln requêtes au fournisseur par heure</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Texts to US numbers are failing: %2</source>
        <translation>%1 Les SMS vers les numéros américains échouent : %2</translation>
    </message>
</context>
<context>
    <name>ringback::ui::BusinessHoursEditor</name>
    <message>
        <source>Add a holiday or closure</source>
        <translation>Ajouter un jour férié ou une fermeture</translation>
    </message>
    <message>
        <source>Save hours</source>
        <translation>Enregistrer les horaires</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire :</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires d&apos;ouverture</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Holidays and closures</source>
        <translation>Jours fériés et fermetures</translation>
    </message>
    <message>
        <source>A date here replaces that day&apos;s usual hours: no hours means closed all day.</source>
        <translation>Une date ici remplace les horaires habituels de ce jour : sans horaires, c&apos;est fermé toute la journée.</translation>
    </message>
    <message>
        <source>Closed all day</source>
        <translation>Fermé toute la journée</translation>
    </message>
    <message>
        <source>e.g. Christmas</source>
        <translation>p. ex. Noël</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone: pick one from the list (type part of a city&apos;s name).</source>
        <translation>« %1 » n&apos;est pas un fuseau horaire : choisissez-en un dans la liste (tapez une partie du nom d&apos;une ville).</translation>
    </message>
    <message>
        <source>%1 is listed twice under holidays and closures: remove one.</source>
        <translation>%1 figure deux fois dans les jours fériés et fermetures : retirez-en une.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::BusinessPage</name>
    <message>
        <source>Your business</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <source>The name goes into every text. The opening hours decide which text a caller gets: the daytime one, or the one that says when you open again.</source>
        <translation>Le nom figure dans chaque SMS. Les horaires décident quel SMS reçoit l&apos;appelant : celui de la journée, ou celui qui indique quand vous rouvrez.</translation>
    </message>
    <message>
        <source>e.g. Anderson Plumbing &amp; Heating</source>
        <translation>p. ex. Plomberie &amp; Chauffage Anderson</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Nom de l&apos;entreprise :</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires d&apos;ouverture</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Ouvre</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Ferme</translation>
    </message>
    <message>
        <source>This day has split shifts; they stay as they are unless you change the day here.</source>
        <translation>Ce jour a des horaires coupés ; ils restent tels quels sauf si vous modifiez le jour ici.</translation>
    </message>
    <message>
        <source>On %1 the closing time must be after the opening time.</source>
        <translation>Le %1, l&apos;heure de fermeture doit être après l&apos;heure d&apos;ouverture.</translation>
    </message>
    <message>
        <source>Tick at least one day the business is open.</source>
        <translation>Cochez au moins un jour d&apos;ouverture.</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire :</translation>
    </message>
    <message>
        <source>Opening hours follow %1. You can change the time zone above, or later in Templates &gt; Business hours, where split shifts, holidays and other closures are set too.</source>
        <translation>Les horaires suivent l&apos;heure de %1. Vous pouvez changer le fuseau horaire ci-dessus, ou plus tard dans Modèles &gt; Horaires de l&apos;entreprise, où se règlent aussi les journées coupées, les jours fériés et les autres fermetures.</translation>
    </message>
    <message>
        <source>Opening hours follow the time in %1 (%2). You can change the time zone above, or later in Templates &gt; Business hours, where split shifts, holidays and other closures are set too.</source>
        <translation>Les horaires suivent l&apos;heure de %1 (%2). Vous pouvez changer le fuseau horaire ci-dessus, ou plus tard dans Modèles &gt; Horaires de l&apos;entreprise, où se règlent aussi les journées coupées, les jours fériés et les autres fermetures.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::CallLogModel</name>
    <message>
        <source>Withheld number</source>
        <translation>Numéro masqué</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 (nobody was texting)</source>
        <translation>%1 (personne n&apos;envoyait de SMS)</translation>
    </message>
    <message>
        <source>No Ringback was running when this call was missed: every desk was closed and no always-on worker was texting.</source>
        <translation>Aucun Ringback ne tournait quand cet appel a été manqué : tous les postes étaient fermés et aucun service permanent n&apos;envoyait de SMS.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::CallsPage</name>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Call log</source>
        <translation>Journal des appels</translation>
    </message>
    <message>
        <source>Every call to the business, and whether Ringback texted the caller back. Double-click a call or press Enter to open the conversation.</source>
        <translation>Tous les appels vers l&apos;entreprise, et si Ringback a répondu par SMS. Double-cliquez sur un appel ou appuyez sur Entrée pour ouvrir la conversation.</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Ouvrir la conversation</translation>
    </message>
    <message>
        <source>Allow texts to this number again</source>
        <translation>Autoriser de nouveau les SMS vers ce numéro</translation>
    </message>
    <message>
        <source>Block this number…</source>
        <translation>Bloquer ce numéro…</translation>
    </message>
</context>
<context>
    <name>ringback::ui::Composer</name>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Écrivez une réponse… (Ctrl+Entrée pour envoyer)</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Réponses types</translation>
    </message>
    <message>
        <source>No saved replies yet: the owner adds them in Settings.</source>
        <translation>Pas encore de réponses types : le responsable les ajoute dans les Réglages.</translation>
    </message>
    <message>
        <source>Insert a saved reply where the cursor is</source>
        <translation>Insérer une réponse type à l&apos;emplacement du curseur</translation>
    </message>
    <message>
        <source>“%1” is not in the basic SMS alphabet, so each SMS holds only 70 characters instead of 160.</source>
        <translation>« %1 » ne fait pas partie de l&apos;alphabet SMS de base : chaque SMS ne contient donc que 70 caractères au lieu de 160.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) · %1 SMS</source>
        <extracomment>Under the reply box: &quot;42 characters · 1 SMS&quot;</extracomment>
        <translation>
            <numerusform>%Ln caractère · %1 SMS</numerusform>
            <numerusform>%Ln caractères · %1 SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Envoyer la réponse</translation>
    </message>
    <message>
        <source>Send later</source>
        <translation>Envoyer plus tard</translation>
    </message>
    <message>
        <source>Send this reply at a later time</source>
        <translation>Envoyer cette réponse plus tard</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>Dans 1 heure</translation>
    </message>
    <message>
        <source>Pick a date and time…</source>
        <translation>Choisir la date et l&apos;heure…</translation>
    </message>
    <message>
        <source>Today at %1</source>
        <translation>Aujourd&apos;hui à %1</translation>
    </message>
    <message>
        <source>Tomorrow at %1</source>
        <translation>Demain à %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>Send later, the business&apos;s next opening: &quot;Mon at 8:00&quot;</extracomment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>At opening time (no opening hours set)</source>
        <translation>À l&apos;ouverture (aucun horaire défini)</translation>
    </message>
    <message>
        <source>Send by</source>
        <translation>Envoyer par</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <extracomment>The channel (the product&apos;s name)</extracomment>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Send by SMS or WhatsApp (the channel they last wrote on comes first)</source>
        <translation>Envoyer par SMS ou WhatsApp (d&apos;abord le canal de son dernier message)</translation>
    </message>
    <message>
        <source>Approved template</source>
        <translation>Modèle approuvé</translation>
    </message>
    <message>
        <source>No approved WhatsApp templates</source>
        <translation>Aucun modèle WhatsApp approuvé</translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation>Choisir un modèle…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <extracomment>Under the reply box on WhatsApp: &quot;42 characters&quot;</extracomment>
        <translation>
            <numerusform>%Ln caractère</numerusform>
            <numerusform>%Ln caractères</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::ui::ConversationDelegate</name>
    <message>
        <source>Auto</source>
        <comment>marks a text Ringback sent by itself</comment>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Urgent</source>
        <comment>a lead whose texts hold an urgent word</comment>
        <translation>Urgent</translation>
    </message>
</context>
<context>
    <name>ringback::ui::ConversationListModel</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Texted</source>
        <translation>SMS envoyé</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>A répondu</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifié</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Missed call, no texts yet</source>
        <translation>Appel manqué, pas encore de SMS</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Vous : %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>automatic text: %1</source>
        <translation>SMS automatique : %1</translation>
    </message>
    <message>
        <source>%1, unread, %2, %3, %4</source>
        <translation>%1, non lu, %2, %3, %4</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Désinscrit</translation>
    </message>
    <message>
        <source>waiting &lt;1 min</source>
        <translation>attend depuis &lt;1 min</translation>
    </message>
    <message numerus="yes">
        <source>waiting %n min</source>
        <translation>
            <numerusform>attend depuis %n min</numerusform>
            <numerusform>attend depuis %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n h</source>
        <translation>
            <numerusform>attend depuis %n h</numerusform>
            <numerusform>attend depuis %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting %1 h %2 min</source>
        <translation>attend depuis %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>waiting %n d</source>
        <translation>
            <numerusform>attend depuis %n j</numerusform>
            <numerusform>attend depuis %n j</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs reply</source>
        <translation>À répondre</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Opted out of texts: no more texts will go to this number.</source>
        <translation>Désinscrit des SMS : plus aucun SMS ne partira vers ce numéro.</translation>
    </message>
    <message>
        <source>Texted %1: no more texts will go to this number.</source>
        <translation>A répondu %1 : plus aucun SMS ne partira vers ce numéro.</translation>
    </message>
    <message>
        <source>Moved out of Needs reply: nothing to answer yet.</source>
        <translation>Sorti de À répondre : rien à répondre pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Moved out of Needs reply: Ringback&apos;s automatic text went last.</source>
        <translation>Sorti de À répondre : le dernier message est le SMS automatique de Ringback.</translation>
    </message>
    <message>
        <source>Moved out of Needs reply: you answered.</source>
        <translation>Sorti de À répondre : vous avez répondu.</translation>
    </message>
    <message>
        <source>Moved out of Open: marked %1.</source>
        <translation>Sorti de Ouvertes : marqué %1.</translation>
    </message>
    <message>
        <source>Moved out of Unread: you read it.</source>
        <translation>Sorti de Non lues : vous l&apos;avez lu.</translation>
    </message>
    <message>
        <source>Moved out of Mine: nobody has it now.</source>
        <translation>Sorti de À moi : personne ne s&apos;en occupe maintenant.</translation>
    </message>
    <message>
        <source>Moved out of Mine: assigned to %1.</source>
        <translation>Sorti de À moi : attribué à %1.</translation>
    </message>
    <message>
        <source>Moved out of Done: marked %1.</source>
        <translation>Sorti de Finies : marqué %1.</translation>
    </message>
    <message>
        <source>Moved out of Opted out: they can be texted again.</source>
        <translation>Sorti de Désinscrits : cette personne peut de nouveau recevoir des SMS.</translation>
    </message>
    <message>
        <source>Does not match “%1”: shown because it is open.</source>
        <translation>Ne correspond pas à « %1 » : affiché parce qu&apos;il est ouvert.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::ConversationListPane</name>
    <message>
        <source>Search conversations</source>
        <translation>Rechercher des conversations</translation>
    </message>
    <message>
        <source>Search names, numbers and texts  (Ctrl+F)</source>
        <translation>Rechercher noms, numéros et SMS  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show open conversations</source>
        <translation>Afficher les conversations ouvertes</translation>
    </message>
    <message>
        <source>Show unread conversations</source>
        <translation>Afficher les conversations non lues</translation>
    </message>
    <message>
        <source>Show conversations assigned to me</source>
        <translation>Afficher les conversations qui me sont attribuées</translation>
    </message>
    <message>
        <source>Show booked, won and lost conversations</source>
        <translation>Afficher les conversations réservées, gagnées et perdues</translation>
    </message>
    <message>
        <source>Show callers who opted out</source>
        <translation>Afficher les appelants désinscrits</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lues</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>À moi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Finies</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Désinscrits</translation>
    </message>
    <message>
        <source>Set who sits at this desk in Settings to see the conversations assigned to you.</source>
        <translation>Indiquez dans les Réglages qui travaille à ce poste pour voir les conversations qui vous sont attribuées.</translation>
    </message>
    <message>
        <source>Conversations assigned to %1</source>
        <translation>Conversations attribuées à %1</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>No conversation in %1 matches “%2”. Check the spelling, or look in another filter.</source>
        <translation>Aucune conversation dans %1 ne correspond à « %2 ». Vérifiez l&apos;orthographe, ou cherchez dans un autre filtre.</translation>
    </message>
    <message>
        <source>No open conversations</source>
        <translation>Aucune conversation ouverte</translation>
    </message>
    <message>
        <source>When someone calls and nobody picks up, Ringback texts them back. Their replies appear here, one conversation per caller.</source>
        <translation>Quand quelqu&apos;un appelle et que personne ne décroche, Ringback lui envoie un SMS. Ses réponses apparaissent ici, une conversation par appelant.</translation>
    </message>
    <message>
        <source>All caught up</source>
        <translation>Tout est à jour</translation>
    </message>
    <message>
        <source>Replies nobody has opened yet appear here.</source>
        <translation>Les réponses que personne n&apos;a encore ouvertes apparaissent ici.</translation>
    </message>
    <message>
        <source>Who sits at this desk?</source>
        <translation>Qui travaille à ce poste ?</translation>
    </message>
    <message>
        <source>Set your name under Settings, This computer, to see the conversations assigned to you here.</source>
        <translation>Indiquez votre nom dans les Réglages, Cet ordinateur, pour voir ici les conversations qui vous sont attribuées.</translation>
    </message>
    <message>
        <source>Nothing assigned to %1</source>
        <translation>Rien n&apos;est attribué à %1</translation>
    </message>
    <message>
        <source>Conversations assigned to %1 on their lead card appear here.</source>
        <translation>Les conversations attribuées à %1 sur leur fiche prospect apparaissent ici.</translation>
    </message>
    <message>
        <source>No finished jobs yet</source>
        <translation>Pas encore de travaux terminés</translation>
    </message>
    <message>
        <source>Conversations whose lead is Booked, Won or Lost move here.</source>
        <translation>Les conversations dont le prospect est Réservé, Gagné ou Perdu arrivent ici.</translation>
    </message>
    <message>
        <source>Nobody has opted out</source>
        <translation>Personne ne s&apos;est désinscrit</translation>
    </message>
    <message>
        <source>Callers who text STOP are listed here. Ringback never texts them again.</source>
        <translation>Les appelants qui envoient STOP par SMS apparaissent ici. Ringback ne leur écrit plus jamais.</translation>
    </message>
    <message>
        <source>Search names, numbers and texts</source>
        <translation>Rechercher des noms, numéros et SMS</translation>
    </message>
    <message>
        <source>Show conversations where the customer spoke last, longest wait first</source>
        <translation>Afficher les conversations où le client a parlé en dernier, la plus longue attente d&apos;abord</translation>
    </message>
    <message>
        <source>Needs reply</source>
        <translation>À répondre</translation>
    </message>
    <message>
        <source>Nobody is waiting for a reply</source>
        <translation>Personne n&apos;attend de réponse</translation>
    </message>
    <message>
        <source>When a customer texts and nobody has answered yet, they are listed here, longest wait first.</source>
        <translation>Quand un client écrit et que personne n&apos;a encore répondu, il apparaît ici, la plus longue attente d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::ConversationView</name>
    <message>
        <source>Pick a conversation to reply.</source>
        <translation>Choisissez une conversation pour répondre.</translation>
    </message>
    <message>
        <source>This caller opted out of texts on %1. Ringback will not text them; call them instead.</source>
        <translation>Cette personne s&apos;est désinscrite des SMS le %1. Ringback ne lui en enverra pas ; appelez-la plutôt.</translation>
    </message>
    <message>
        <source>This caller opted out of texts by replying %1 on %2. Ringback will not text them unless they reply START; call them instead.</source>
        <translation>Cette personne s&apos;est désinscrite des SMS en répondant %1 le %2. Ringback ne lui en enverra pas sauf si elle répond START ; appelez-la plutôt.</translation>
    </message>
    <message>
        <source>%1 is replying…</source>
        <translation>%1 est en train de répondre…</translation>
    </message>
    <message>
        <source>%1 and %2 are replying…</source>
        <translation>%1 et %2 sont en train de répondre…</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n others are replying…</source>
        <translation>
            <numerusform>%1 et %n autre personne sont en train de répondre…</numerusform>
            <numerusform>%1 et %n autres personnes sont en train de répondre…</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm opt-out</source>
        <translation>Confirmer la désinscription</translation>
    </message>
    <message>
        <source>Not an opt-out</source>
        <translation>Pas une désinscription</translation>
    </message>
    <message>
        <source>Their reply on %1 looks like a request to stop texts. Ringback has stopped automatic texts to them; you can still reply by hand.</source>
        <translation>Sa réponse du %1 ressemble à une demande d&apos;arrêt des SMS. Ringback a arrêté les SMS automatiques vers cette personne ; vous pouvez toujours répondre manuellement.</translation>
    </message>
    <message>
        <source>Don&apos;t send this text?</source>
        <translation>Ne pas envoyer ce SMS ?</translation>
    </message>
    <message>
        <source>The scheduled text will not be sent. The lead&apos;s history keeps a note of it.</source>
        <translation>Le SMS programmé ne sera pas envoyé. L&apos;historique du contact en garde une trace.</translation>
    </message>
    <message>
        <source>Don&apos;t send</source>
        <translation>Ne pas envoyer</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>It is %1 for them. Send at %2 their time instead?</source>
        <extracomment>A reply typed late at night (or too early) for the customer&apos;s local time</extracomment>
        <translation>Il est %1 chez eux. Envoyer plutôt à %2, leur heure ?</translation>
    </message>
    <message>
        <source>Send at %1</source>
        <translation>Envoyer à %1</translation>
    </message>
</context>
<context>
    <name>ringback::ui::DashboardPage</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Texted</source>
        <translation>SMS envoyé</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>A répondu</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifié</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>%1% of missed calls</source>
        <translation>%1 % des appels manqués</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>Choisir les dates</translation>
    </message>
    <message>
        <source>Export leads…</source>
        <translation>Exporter les prospects…</translation>
    </message>
    <message>
        <source>Export call log…</source>
        <translation>Exporter le journal d&apos;appels…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Missed calls</source>
        <translation>Appels manqués</translation>
    </message>
    <message>
        <source>Texted back</source>
        <translation>SMS envoyés</translation>
    </message>
    <message>
        <source>Booked / won</source>
        <translation>Réservés / gagnés</translation>
    </message>
    <message>
        <source>Value of those jobs</source>
        <translation>Valeur de ces travaux</translation>
    </message>
    <message>
        <source>Time to text</source>
        <translation>Délai avant SMS</translation>
    </message>
    <message>
        <source>Missed calls by hour of day</source>
        <translation>Appels manqués par heure de la journée</translation>
    </message>
    <message>
        <source>Missed calls by weekday</source>
        <translation>Appels manqués par jour de la semaine</translation>
    </message>
    <message>
        <source>Leads from missed calls, by status</source>
        <translation>Prospects issus d&apos;appels manqués, par statut</translation>
    </message>
    <message>
        <source>Why the other calls were not texted</source>
        <translation>Pourquoi les autres appels n&apos;ont pas reçu de SMS</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Heures en %1</translation>
    </message>
    <message>
        <source>%1% reply rate</source>
        <translation>%1 % de réponses</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>estimated, booked and won</source>
        <translation>estimée, réservés et gagnés</translation>
    </message>
    <message>
        <source>median; 95% within %1</source>
        <translation>médiane ; 95 % en moins de %1</translation>
    </message>
    <message>
        <source>nothing texted yet</source>
        <translation>pas encore de SMS</translation>
    </message>
    <message>
        <source>No missed calls in this period.</source>
        <translation>Aucun appel manqué sur cette période.</translation>
    </message>
    <message>
        <source>Every missed call was texted back.</source>
        <translation>Chaque appel manqué a reçu un SMS.</translation>
    </message>
    <message>
        <source>ringback-leads-%1.csv</source>
        <translation>ringback-prospects-%1.csv</translation>
    </message>
    <message>
        <source>ringback-calls-%1.csv</source>
        <translation>ringback-appels-%1.csv</translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation>Exporter les prospects</translation>
    </message>
    <message>
        <source>Export call log</source>
        <translation>Exporter le journal d&apos;appels</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) exported.</source>
        <translation>
            <numerusform>%Ln prospect exporté.</numerusform>
            <numerusform>%Ln prospects exportés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) exported.</source>
        <translation>
            <numerusform>%Ln appel exporté.</numerusform>
            <numerusform>%Ln appels exportés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed calls while nobody was texting: %1 (today)</source>
        <translation>Appels manqués pendant que personne n&apos;envoyait de SMS : %1 (aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>Missed calls while nobody was texting: %1 (this week)</source>
        <translation>Appels manqués pendant que personne n&apos;envoyait de SMS : %1 (cette semaine)</translation>
    </message>
    <message>
        <source>Missed calls while nobody was texting: %1 (last 30 days)</source>
        <translation>Appels manqués pendant que personne n&apos;envoyait de SMS : %1 (30 derniers jours)</translation>
    </message>
    <message>
        <source>Missed calls while nobody was texting: %1 (%2 to %3)</source>
        <translation>Appels manqués pendant que personne n&apos;envoyait de SMS : %1 (du %2 au %3)</translation>
    </message>
    <message>
        <source>A Ringback was texting missed callers back the whole time.</source>
        <translation>Un Ringback a répondu par SMS aux appels manqués pendant toute la période.</translation>
    </message>
    <message numerus="yes">
        <source>Every desk was closed and no always-on worker was running. An always-on worker would have texted these %n caller(s) back within seconds; %1 of them got no text at all. See &quot;Keep texting when the office is closed&quot; in the guide.</source>
        <translation>
            <numerusform>Tous les postes étaient fermés et aucun service permanent ne tournait. Un service permanent aurait écrit à cet appelant en quelques secondes ; %1 n&apos;a reçu aucun SMS. Voir « Continuer les SMS quand le bureau est fermé » dans le guide.</numerusform>
            <numerusform>Tous les postes étaient fermés et aucun service permanent ne tournait. Un service permanent aurait écrit à ces %n appelants en quelques secondes ; %1 n&apos;ont reçu aucun SMS. Voir « Continuer les SMS quand le bureau est fermé » dans le guide.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export figures…</source>
        <translation>Exporter les chiffres…</translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation>Exporter les chiffres</translation>
    </message>
    <message>
        <source>ringback-figures-%1.csv</source>
        <translation>ringback-chiffres-%1.csv</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Récupéré</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>What silence costs a year</source>
        <translation>Ce que le silence coûte par an</translation>
    </message>
    <message>
        <source>Used until a job is marked won: then the average of won jobs counts.</source>
        <translation>Utilisé jusqu&apos;à ce qu&apos;un chantier soit marqué gagné : la moyenne des chantiers gagnés compte alors.</translation>
    </message>
    <message>
        <source>How fast the office answers customers&apos; texts</source>
        <translation>La rapidité du bureau à répondre aux SMS des clients</translation>
    </message>
    <message>
        <source>%1% of callers booked</source>
        <translation>%1 % des appelants ont réservé</translation>
    </message>
    <message numerus="yes">
        <source>Rates count only calls since Ringback was switched on (%1); before Ringback: %2 missed call(s).</source>
        <translation>
            <numerusform>Les taux ne comptent que les appels depuis l&apos;activation de Ringback (%1) ; avant Ringback : %2 appel manqué.</numerusform>
            <numerusform>Les taux ne comptent que les appels depuis l&apos;activation de Ringback (%1) ; avant Ringback : %2 appels manqués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) booked or won from missed calls Ringback texted back</source>
        <translation>
            <numerusform>%n chantier réservé ou gagné grâce aux appels manqués rappelés par SMS</numerusform>
            <numerusform>%n chantiers réservés ou gagnés grâce aux appels manqués rappelés par SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them valued at the average job (no value of their own)</source>
        <translation>
            <numerusform>dont %n valorisé au chantier moyen (sans valeur propre)</numerusform>
            <numerusform>dont %n valorisés au chantier moyen (sans valeur propre)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed call(s) nobody texted, answered or called back, at %1 each</source>
        <translation>
            <numerusform>%n appel manqué sans SMS, sans réponse ni rappel, à %1 chacun</numerusform>
            <numerusform>%n appels manqués sans SMS, sans réponse ni rappel, à %1 chacun</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 missed calls a week × %2% of callers who book × %3 average job × 50 weeks</source>
        <translation>%1 appels manqués par semaine × %2 % d&apos;appelants qui réservent × %3 de chantier moyen × 50 semaines</translation>
    </message>
    <message>
        <source>Needs calls since Ringback was switched on: how many callers book is counted from them.</source>
        <translation>Il faut des appels depuis l&apos;activation de Ringback : la part des appelants qui réservent en est tirée.</translation>
    </message>
    <message>
        <source>Average job (no job marked won yet: your own figure, in %1):</source>
        <translation>Chantier moyen (aucun chantier gagné pour l&apos;instant : votre chiffre, en %1) :</translation>
    </message>
    <message numerus="yes">
        <source>Average job %1: the mean of %n won job(s).</source>
        <translation>
            <numerusform>Chantier moyen %1 : la moyenne de %n chantier gagné.</numerusform>
            <numerusform>Chantier moyen %1 : la moyenne de %n chantiers gagnés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody at the office answered a customer&apos;s text in this period.</source>
        <translation>Personne au bureau n&apos;a répondu à un SMS de client sur cette période.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Who answered</source>
        <translation>Qui a répondu</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Median wait</source>
        <translation>Attente médiane</translation>
    </message>
    <message>
        <source>90% within</source>
        <translation>90 % en moins de</translation>
    </message>
    <message>
        <source>Within 5 minutes</source>
        <translation>En 5 minutes</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Sent outside Ringback</source>
        <translation>Envoyés hors de Ringback</translation>
    </message>
    <message>
        <source>Figures exported.</source>
        <translation>Chiffres exportés.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::HeldTextsDialog</name>
    <message>
        <source>Texts waiting for approval</source>
        <translation>SMS en attente d’approbation</translation>
    </message>
    <message>
        <source>Send selected</source>
        <translation>Envoyer la sélection</translation>
    </message>
    <message>
        <source>Send all</source>
        <translation>Tout envoyer</translation>
    </message>
    <message>
        <source>Don&apos;t send selected</source>
        <translation>Ne pas envoyer la sélection</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Rien n’a été modifié : %1</translation>
    </message>
    <message>
        <source>More missed callers than your hourly limit allows (Settings &gt; Text-back rules), so these automatic texts were held. Send them now, or decide not to send them.</source>
        <translation>Plus d’appels manqués que votre limite horaire ne le permet (Réglages &gt; Règles de réponse par SMS) : ces SMS automatiques ont été retenus. Envoyez-les maintenant, ou décidez de ne pas les envoyer.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::HeldTextsModel</name>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>En attente depuis</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>ringback::ui::HeldTextsNotice</name>
    <message>
        <source>Texts waiting for your approval: %1</source>
        <translation>SMS en attente de votre approbation : %1</translation>
    </message>
    <message>
        <source>Over the hourly limit of automatic texts. Click to send them or not.</source>
        <translation>Au-delà de la limite horaire de SMS automatiques. Cliquez pour les envoyer ou non.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::InboxPage</name>
    <message>
        <source>Pick a conversation on the left to read it and reply.</source>
        <translation>Choisissez une conversation à gauche pour la lire et y répondre.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::IntakePanel</name>
    <message>
        <source>What they need</source>
        <translation>Leur besoin</translation>
    </message>
    <message>
        <source>The address of the job</source>
        <translation>L&apos;adresse du chantier</translation>
    </message>
    <message>
        <source>When to come</source>
        <translation>Quand passer</translation>
    </message>
    <message>
        <source>A photo</source>
        <translation>Une photo</translation>
    </message>
    <message>
        <source>Ask callers a few questions after their first reply</source>
        <translation>Poser quelques questions aux appelants après leur première réponse</translation>
    </message>
    <message>
        <source>Save words</source>
        <translation>Enregistrer les mots</translation>
    </message>
    <message>
        <source>Restore default words</source>
        <translation>Rétablir les mots par défaut</translation>
    </message>
    <message>
        <source>After the caller answers the missed-call text, Ringback asks these one at a time, each only once the previous one is answered, and only what the lead card does not know yet. It stops as soon as someone at the office replies or takes the lead, when the job is urgent, or when the caller opts out. Questions are never sent during the caller&apos;s night.</source>
        <translation>Quand l&apos;appelant répond au SMS d&apos;appel manqué, Ringback pose ces questions une à une, chacune seulement une fois la précédente répondue, et seulement ce que la fiche ne sait pas encore. Il s&apos;arrête dès que quelqu&apos;un du bureau répond ou prend le contact, quand le travail est urgent, ou quand l&apos;appelant se désinscrit. Aucune question n&apos;est envoyée pendant la nuit de l&apos;appelant.</translation>
    </message>
    <message>
        <source>Questions, in the order they are asked</source>
        <translation>Questions, dans l&apos;ordre où elles sont posées</translation>
    </message>
    <message>
        <source>Edit wording…</source>
        <translation>Modifier le texte…</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>If a question gets no answer, ask the next one after (once):</source>
        <translation>Sans réponse à une question, poser la suivante après (une fois) :</translation>
    </message>
    <message>
        <source>Urgent words</source>
        <translation>Mots urgents</translation>
    </message>
    <message>
        <source>A text with one of these words marks the lead Urgent: it goes first in Needs reply, every desk is notified at once, and the owner&apos;s mobile gets a text when one is set. One word or phrase per line; end a word with * to accept any ending (leak* also finds &quot;leaking&quot;).</source>
        <translation>Un SMS contenant l&apos;un de ces mots marque le contact Urgent : il passe en tête de À répondre, chaque poste est averti aussitôt et le mobile du patron reçoit un SMS s&apos;il est renseigné. Un mot ou une expression par ligne ; terminez un mot par * pour accepter toute fin (fuite* trouve aussi « fuites »).</translation>
    </message>
    <message>
        <source>The setting could not be saved. Check the database in Settings.</source>
        <translation>Le réglage n&apos;a pas pu être enregistré. Vérifiez la base de données dans Réglages.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Pas encore enregistré.</translation>
    </message>
    <message>
        <source>The questions could not be saved. Check the database in Settings.</source>
        <translation>Les questions n&apos;ont pas pu être enregistrées. Vérifiez la base de données dans Réglages.</translation>
    </message>
    <message numerus="yes">
        <source>Saved. %n urgent word(s).</source>
        <translation>
            <numerusform>Enregistré. %n mot urgent.</numerusform>
            <numerusform>Enregistré. %n mots urgents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Intake is on but no question is ticked: nothing will be asked.</source>
        <translation>L&apos;accueil est activé mais aucune question n&apos;est cochée : rien ne sera demandé.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a question&apos;s wording as the caller reads it, quoted</comment>
        <translation>« %1 »</translation>
    </message>
</context>
<context>
    <name>ringback::ui::LeadBoardPage</name>
    <message>
        <source>Leads</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>Drag a card to another column, or select it and press Ctrl+Right or Ctrl+Left. Double-click or press Enter to open the conversation.</source>
        <translation>Faites glisser une fiche vers une autre colonne, ou sélectionnez-la et appuyez sur Ctrl+Droite ou Ctrl+Gauche. Double-cliquez ou appuyez sur Entrée pour ouvrir la conversation.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n leads</source>
        <translation>
            <numerusform>%n prospect</numerusform>
            <numerusform>%n prospects</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 estimated</source>
        <translation>%1 estimés</translation>
    </message>
    <message>
        <source>No estimates yet</source>
        <translation>Pas encore d&apos;estimation</translation>
    </message>
</context>
<context>
    <name>ringback::ui::LeadCard</name>
    <message>
        <source>Number copied.</source>
        <translation>Numéro copié.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Add their name</source>
        <translation>Ajoutez son nom</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the number to the clipboard</source>
        <translation>Copier le numéro dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Copier le numéro</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Town or area</source>
        <translation>Ville ou secteur</translation>
    </message>
    <message>
        <source>What they need</source>
        <translation>Son besoin</translation>
    </message>
    <message>
        <source>e.g. leaking water heater</source>
        <translation>p. ex. chauffe-eau qui fuit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Estimated job value</source>
        <translation>Valeur estimée des travaux</translation>
    </message>
    <message>
        <source>Not estimated</source>
        <translation>Non estimé</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Anything the next person should know</source>
        <translation>Ce que la personne suivante doit savoir</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Job value</source>
        <translation>Valeur des travaux</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>Urgent: call them first</source>
        <translation>Urgent : appeler en premier</translation>
    </message>
    <message>
        <source>Address of the job</source>
        <translation>Adresse du chantier</translation>
    </message>
    <message>
        <source>Street, city</source>
        <translation>Rue, ville</translation>
    </message>
    <message>
        <source>When they want us</source>
        <translation>Quand ils veulent qu&apos;on passe</translation>
    </message>
    <message>
        <source>e.g. tomorrow morning</source>
        <translation>p. ex. demain matin</translation>
    </message>
    <message>
        <source>Urgent leads come first in Needs reply. Ringback ticks this when a text holds an urgent word (Templates &gt; Intake).</source>
        <translation>Les contacts urgents passent en tête de À répondre. Ringback coche cette case quand un SMS contient un mot urgent (Modèles &gt; Accueil).</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) in the conversation</source>
        <translation>
            <numerusform>%n photo dans la conversation</numerusform>
            <numerusform>%n photos dans la conversation</numerusform>
        </translation>
    </message>
    <message>
        <source>View</source>
        <translation>Voir</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>Fixe</translation>
    </message>
    <message>
        <source>Fixed internet phone</source>
        <translation>Téléphone fixe par internet</translation>
    </message>
    <message>
        <source>Internet phone number</source>
        <translation>Numéro de téléphone par internet</translation>
    </message>
    <message>
        <source>Toll-free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Premium rate</source>
        <translation>Surtaxé</translation>
    </message>
    <message>
        <source>Voicemail only</source>
        <translation>Messagerie vocale seulement</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>Bipeur</translation>
    </message>
    <message>
        <source>%1 (learned from a failed text)</source>
        <translation>%1 (appris d&apos;un SMS en échec)</translation>
    </message>
    <message>
        <source>%1 (carrier: %2)</source>
        <translation>%1 (opérateur : %2)</translation>
    </message>
    <message>
        <source>%1 (Twilio Lookup)</source>
        <translation>%1 (Twilio Lookup)</translation>
    </message>
</context>
<context>
    <name>ringback::ui::LeadCardDelegate</name>
    <message>
        <source>Job not described yet</source>
        <translation>Travaux pas encore décrits</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Désinscrit</translation>
    </message>
    <message>
        <source>No texts</source>
        <translation>Pas de SMS</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
</context>
<context>
    <name>ringback::ui::LeadColumnModel</name>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
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
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
    <message>
        <source>estimated %1</source>
        <translation>estimé %1</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>non attribué</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>attribué à %1</translation>
    </message>
    <message>
        <source>first call %1 ago</source>
        <translation>premier appel il y a %1</translation>
    </message>
    <message>
        <source>opted out of texts</source>
        <translation>désinscrit des SMS</translation>
    </message>
    <message>
        <source>cannot be texted</source>
        <translation>ne peut pas recevoir de SMS</translation>
    </message>
</context>
<context>
    <name>ringback::ui::LeadColumnView</name>
    <message>
        <source>%1 leads</source>
        <translation>%1 prospects</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Ouvrir la conversation</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Déplacer vers</translation>
    </message>
    <message>
        <source>No leads here. Drag a card here to move it.</source>
        <translation>Aucun prospect ici. Faites glisser une fiche ici pour la déplacer.</translation>
    </message>
    <message>
        <source>Leads: move the card to the next column</source>
        <translation>Prospects : déplacer la fiche vers la colonne suivante</translation>
    </message>
    <message>
        <source>Leads: move the card back a column</source>
        <translation>Prospects : ramener la fiche à la colonne précédente</translation>
    </message>
    <message>
        <source>Leads and Calls: open the conversation</source>
        <translation>Prospects et Appels : ouvrir la conversation</translation>
    </message>
</context>
<context>
    <name>ringback::ui::LeadTimelineModel</name>
    <message>
        <source>Missed call</source>
        <translation>Appel manqué</translation>
    </message>
    <message>
        <source>Answered call</source>
        <translation>Appel décroché</translation>
    </message>
    <message>
        <source>Texted</source>
        <translation>SMS envoyé</translation>
    </message>
    <message>
        <source>Not texted</source>
        <translation>Pas de SMS</translation>
    </message>
    <message>
        <source>Replied by text</source>
        <translation>A répondu par SMS</translation>
    </message>
    <message>
        <source>Text sent</source>
        <translation>Message envoyé</translation>
    </message>
    <message>
        <source>Text not delivered</source>
        <translation>SMS non remis</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>S&apos;est désinscrit</translation>
    </message>
    <message>
        <source>Opted back in</source>
        <translation>S&apos;est réinscrit</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Statut modifié</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Attribué</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A line of the lead&apos;s history: &quot;Mar 2, 14:02 — Texted back&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ringback::ui::MainWindow</name>
    <message>
        <source>Ringback</source>
        <translation>Ringback</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Données : %1</translation>
    </message>
    <message>
        <source>Auto text-back is off: no phone provider is connected yet.</source>
        <translation>La réponse automatique par SMS est désactivée : aucun opérateur téléphonique n&apos;est encore connecté.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connected to the shared database again.</source>
        <translation>De nouveau connecté à la base de données partagée.</translation>
    </message>
    <message>
        <source>The shared database is answering again.</source>
        <translation>La base de données partagée répond à nouveau.</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Aller à %1</translation>
    </message>
    <message numerus="yes">
        <source>Inbox (%n)</source>
        <comment>the number of conversations that need a reply</comment>
        <translation>
            <numerusform>Boîte (%n)</numerusform>
            <numerusform>Boîte (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inbox, %n need a reply</source>
        <translation>
            <numerusform>Boîte de réception, %n à répondre</numerusform>
            <numerusform>Boîte de réception, %n à répondre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::ui::NumbersPage</name>
    <message>
        <source>Your business numbers</source>
        <translation>Les numéros de votre entreprise</translation>
    </message>
    <message>
        <source>Pick the numbers customers call. Ringback texts back missed calls to these numbers, from the number the customer called.</source>
        <translation>Choisissez les numéros qu&apos;appellent vos clients. Ringback répond par SMS aux appels manqués sur ces numéros, depuis le numéro appelé.</translation>
    </message>
    <message>
        <source>Go back and test the connection first.</source>
        <translation>Revenez en arrière et testez d&apos;abord la connexion.</translation>
    </message>
    <message>
        <source>Looking up the numbers of your account...</source>
        <translation>Recherche des numéros de votre compte...</translation>
    </message>
    <message>
        <source>Ringback could not list the account&apos;s numbers: %1
You can go on: Ringback will then watch every number of the account that can send texts.</source>
        <translation>Ringback n&apos;a pas pu lister les numéros du compte : %1
Vous pouvez continuer : Ringback surveillera alors tous les numéros du compte capables d&apos;envoyer des SMS.</translation>
    </message>
    <message>
        <source>This account has no phone numbers yet. Buy or port a number at your provider, then run the setup again from Settings.</source>
        <translation>Ce compte n&apos;a pas encore de numéro. Achetez ou portez un numéro chez votre opérateur, puis relancez la configuration depuis les Réglages.</translation>
    </message>
    <message>
        <source>Numbers of the account &quot;%1&quot;:</source>
        <translation>Numéros du compte « %1 » :</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 - cannot send texts</source>
        <translation>%1 - ne peut pas envoyer de SMS</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>WhatsApp sender (optional):</source>
        <translation>Expéditeur WhatsApp (facultatif) :</translation>
    </message>
    <message>
        <source>Looking up the account&apos;s approved WhatsApp templates...</source>
        <translation>Recherche des modèles WhatsApp approuvés du compte...</translation>
    </message>
    <message>
        <source>The WhatsApp templates could not be listed: %1</source>
        <translation>Les modèles WhatsApp n&apos;ont pas pu être listés : %1</translation>
    </message>
    <message>
        <source>No approved WhatsApp templates: replies on WhatsApp are possible only within 24 hours of the customer&apos;s last message.</source>
        <translation>Aucun modèle WhatsApp approuvé : on ne peut répondre sur WhatsApp que dans les 24 heures suivant le dernier message du client.</translation>
    </message>
    <message>
        <source>Approved WhatsApp templates: %1</source>
        <translation>Modèles WhatsApp approuvés : %1</translation>
    </message>
</context>
<context>
    <name>ringback::ui::PhotoViewer</name>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Photos from %1</source>
        <translation>Photos de %1</translation>
    </message>
    <message>
        <source>The photos are still on their way from the phone provider.</source>
        <translation>Les photos arrivent encore de l&apos;opérateur téléphonique.</translation>
    </message>
    <message>
        <source>Photo %1 of %2</source>
        <translation>Photo %1 sur %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Ringback cannot show this kind of picture (%1). Save it and open it with another program.</source>
        <translation>Ringback ne peut pas afficher ce type d&apos;image (%1). Enregistrez-la et ouvrez-la avec un autre programme.</translation>
    </message>
    <message>
        <source>A file of type %1. Save it and open it with another program.</source>
        <translation>Un fichier de type %1. Enregistrez-le et ouvrez-le avec un autre programme.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Ringback could not fetch this photo yet and tries again on its own.</source>
        <translation>Ringback n&apos;a pas encore pu récupérer cette photo et réessaie de lui-même.</translation>
    </message>
    <message>
        <source>This photo is on its way from the phone provider.</source>
        <translation>Cette photo arrive de l&apos;opérateur téléphonique.</translation>
    </message>
    <message>
        <source>The phone provider no longer has this photo (it may have been deleted in the account).</source>
        <translation>L&apos;opérateur téléphonique n&apos;a plus cette photo (elle a peut-être été supprimée du compte).</translation>
    </message>
    <message>
        <source>The phone provider&apos;s copy could not be read: it may be larger than 5 MB.</source>
        <translation>La copie de l&apos;opérateur téléphonique n&apos;a pas pu être lue : elle dépasse peut-être 5 Mo.</translation>
    </message>
    <message>
        <source>Ringback gave up fetching this photo after several tries. Ask the caller to send it again.</source>
        <translation>Ringback a renoncé à récupérer cette photo après plusieurs essais. Demandez au client de la renvoyer.</translation>
    </message>
    <message>
        <source>Save photo</source>
        <translation>Enregistrer la photo</translation>
    </message>
    <message>
        <source>The photo could not be saved to %1: %2. Choose another folder, or free some space, and save it again.</source>
        <translation>La photo n&apos;a pas pu être enregistrée dans %1 : %2. Choisissez un autre dossier ou libérez de l&apos;espace, puis enregistrez-la à nouveau.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::PreviewPage</name>
    <message>
        <source>The text your callers get</source>
        <translation>Le SMS que reçoivent vos appelants</translation>
    </message>
    <message>
        <source>When nobody answers during opening hours, the caller gets this within seconds. You can change the wording later.</source>
        <translation>Quand personne ne répond pendant les heures d&apos;ouverture, l&apos;appelant reçoit ceci en quelques secondes. Vous pourrez modifier le texte plus tard.</translation>
    </message>
    <message>
        <source>%1 characters: it fits in one text message.</source>
        <translation>%1 caractères : il tient en un seul SMS.</translation>
    </message>
    <message>
        <source>%1 characters: it is sent as %2 text messages, and each one is billed. A shorter business name or message would fit in one.</source>
        <translation>%1 caractères : il part en %2 SMS, chacun facturé. Avec un nom ou un message plus court, il tiendrait en un seul.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::ProviderPage</name>
    <message>
        <source>Twilio (or a Twilio-compatible service such as SignalWire)</source>
        <translation>Twilio (ou un service compatible avec Twilio, comme SignalWire)</translation>
    </message>
    <message>
        <source>Demo: a pretend plumbing office, no account needed</source>
        <translation>Démo : une entreprise de plomberie fictive, aucun compte nécessaire</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Your phone provider</source>
        <translation>Votre opérateur téléphonique</translation>
    </message>
    <message>
        <source>Ringback reads your phone account&apos;s call log and sends the texts from your business number.</source>
        <translation>Ringback lit le journal d&apos;appels de votre compte téléphonique et envoie les SMS depuis le numéro de votre entreprise.</translation>
    </message>
    <message>
        <source>AC followed by 32 letters and digits</source>
        <translation>AC suivi de 32 lettres et chiffres</translation>
    </message>
    <message>
        <source>32 letters and digits</source>
        <translation>32 lettres et chiffres</translation>
    </message>
    <message>
        <source>Both are on the first page of your Twilio Console (console.twilio.com), under Account Info.</source>
        <translation>Les deux figurent sur la première page de votre console Twilio (console.twilio.com), sous Account Info.</translation>
    </message>
    <message>
        <source>Account SID:</source>
        <translation>Account SID :</translation>
    </message>
    <message>
        <source>Auth Token:</source>
        <translation>Auth Token :</translation>
    </message>
    <message>
        <source>The demo plays a busy plumbing office: calls come in every few seconds and Ringback texts back the ones nobody answered. Click Finish to start it, or Next to look at the other steps.</source>
        <translation>La démo simule une entreprise de plomberie très sollicitée : des appels arrivent toutes les quelques secondes et Ringback répond par SMS à ceux que personne n&apos;a pris. Cliquez sur Terminer pour la lancer, ou sur Suivant pour voir les autres étapes.</translation>
    </message>
    <message>
        <source>Enter the Account SID first.</source>
        <translation>Saisissez d&apos;abord l&apos;Account SID.</translation>
    </message>
    <message>
        <source>Enter the Auth Token first.</source>
        <translation>Saisissez d&apos;abord l&apos;Auth Token.</translation>
    </message>
    <message>
        <source>Connecting to Twilio...</source>
        <translation>Connexion à Twilio...</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is %2, so it cannot send texts. Reactivate it in the Twilio Console, then test again.</source>
        <translation>Le compte « %1 » est à l&apos;état %2, il ne peut donc pas envoyer de SMS. Réactivez-le dans la console Twilio, puis testez à nouveau.</translation>
    </message>
    <message>
        <source>Connected to the account &quot;%1&quot;.</source>
        <translation>Connecté au compte « %1 ».</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved token</source>
        <translation>Laissez vide pour garder le jeton enregistré</translation>
    </message>
    <message>
        <source>The saved token could not be read: %1 Enter the Auth Token again.</source>
        <translation>Le jeton enregistré n&apos;a pas pu être lu : %1 Saisissez à nouveau l&apos;Auth Token.</translation>
    </message>
    <message>
        <source>Keep the Auth Token in a file only I can read</source>
        <translation>Garder l&apos;Auth Token dans un fichier que moi seul peux lire</translation>
    </message>
    <message>
        <source>This computer has no keychain (such as GNOME Keyring) to keep the Auth Token in. Ringback can keep it in a file that only you can read: %1</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau (comme GNOME Keyring) pour garder l&apos;Auth Token. Ringback peut le garder dans un fichier que vous seul pouvez lire : %1</translation>
    </message>
    <message>
        <source>Checking the texting registration of your numbers...</source>
        <translation>Vérification de l&apos;enregistrement de vos numéros pour les SMS...</translation>
    </message>
</context>
<context>
    <name>ringback::ui::QuitGuard</name>
    <message>
        <source>Ringback</source>
        <translation>Ringback</translation>
    </message>
    <message>
        <source>Nobody will text callers tonight if you quit.</source>
        <translation>Si vous quittez, personne n&apos;enverra de SMS aux appelants ce soir.</translation>
    </message>
    <message>
        <source>This is the only Ringback texting missed callers back, and the office is closed or closes within the hour. An always-on worker on a machine that stays on keeps texting when every desk is off.</source>
        <translation>C&apos;est le seul Ringback qui répond par SMS aux appels manqués, et le bureau est fermé ou ferme dans l&apos;heure. Un service permanent sur une machine qui reste allumée continue les SMS quand tous les postes sont éteints.</translation>
    </message>
    <message>
        <source>Keep Ringback in the tray</source>
        <translation>Garder Ringback dans la zone de notification</translation>
    </message>
    <message>
        <source>Keep Ringback running</source>
        <translation>Garder Ringback ouvert</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Quitter quand même</translation>
    </message>
</context>
<context>
    <name>ringback::ui::ReplyNotifier</name>
    <message numerus="yes">
        <source>%1 — %n unread</source>
        <translation>
            <numerusform>%1 — %n non lu</numerusform>
            <numerusform>%1 — %n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 replied</source>
        <translation>%1 a répondu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new replies</source>
        <translation>
            <numerusform>%n nouvelle réponse</numerusform>
            <numerusform>%n nouvelles réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n need a reply</source>
        <translation>
            <numerusform>%1 — %n à répondre</numerusform>
            <numerusform>%1 — %n à répondre</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n need a reply</source>
        <translation>
            <numerusform>%n à répondre</numerusform>
            <numerusform>%n à répondre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Urgent: %1 replied</source>
        <translation>Urgent : %1 a répondu</translation>
    </message>
</context>
<context>
    <name>ringback::ui::SendLaterDialog</name>
    <message>
        <source>Edit scheduled text</source>
        <translation>Modifier le SMS programmé</translation>
    </message>
    <message>
        <source>Send later</source>
        <translation>Envoyer plus tard</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Heure :</translation>
    </message>
    <message>
        <source>In the business&apos;s time zone (%1).</source>
        <translation>Dans le fuseau horaire de l&apos;entreprise (%1).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programmer</translation>
    </message>
    <message>
        <source>Pick a moment in the future.</source>
        <translation>Choisissez un moment dans le futur.</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>Le texte est vide.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::SetAsideNotice</name>
    <message numerus="yes">
        <source>• %1 (%n record(s))</source>
        <translation>
            <numerusform>• %1 (%n enregistrement)</numerusform>
            <numerusform>• %1 (%n enregistrements)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call record(s) from the provider could not be read — set aside.</source>
        <translation>
            <numerusform>%n enregistrement d&apos;appel de l&apos;opérateur n&apos;a pas pu être lu — mis de côté.</numerusform>
            <numerusform>%n enregistrements d&apos;appels de l&apos;opérateur n&apos;ont pas pu être lus — mis de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text message record(s) from the provider could not be read — set aside.</source>
        <translation>
            <numerusform>%n enregistrement de SMS de l&apos;opérateur n&apos;a pas pu être lu — mis de côté.</numerusform>
            <numerusform>%n enregistrements de SMS de l&apos;opérateur n&apos;ont pas pu être lus — mis de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every other call and text was handled as usual. If this keeps happening, tell your phone provider&apos;s support.</source>
        <translation>Tous les autres appels et SMS ont été traités normalement. Si cela se reproduit, prévenez l&apos;assistance de votre opérateur téléphonique.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Modifications annulées.</translation>
    </message>
    <message>
        <source>Business (all desks)</source>
        <translation>Entreprise (tous les postes)</translation>
    </message>
    <message>
        <source>Kept in the shared database: every desk sees the same values.</source>
        <translation>Conservé dans la base de données partagée : tous les postes voient les mêmes valeurs.</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Nom de l&apos;entreprise :</translation>
    </message>
    <message>
        <source>Every text starts with it, so callers know who wrote.</source>
        <translation>Chaque SMS commence par lui, pour que l&apos;appelant sache qui écrit.</translation>
    </message>
    <message>
        <source>Business numbers:</source>
        <translation>Numéros de l&apos;entreprise :</translation>
    </message>
    <message>
        <source>Calls to the ticked numbers are texted back. None ticked: every number of the account that can send texts.</source>
        <translation>Les appels vers les numéros cochés reçoivent un SMS. Aucun coché : tous les numéros du compte capables d&apos;envoyer des SMS.</translation>
    </message>
    <message>
        <source>e.g. Maria, Joe, Dave</source>
        <translation>p. ex. Marie, Joël, David</translation>
    </message>
    <message>
        <source>Staff names:</source>
        <translation>Noms du personnel :</translation>
    </message>
    <message>
        <source>Separate names with commas. Conversations can be assigned to them.</source>
        <translation>Séparez les noms par des virgules. Les conversations peuvent leur être attribuées.</translation>
    </message>
    <message>
        <source>Text-back rules (all desks)</source>
        <translation>Règles de réponse par SMS (tous les postes)</translation>
    </message>
    <message>
        <source>Kept in the shared database: every desk follows them.</source>
        <translation>Conservées dans la base de données partagée : tous les postes les suivent.</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> secondes</translation>
    </message>
    <message>
        <source>Check for new calls every:</source>
        <translation>Chercher de nouveaux appels toutes les :</translation>
    </message>
    <message>
        <source>Shorter means faster texts and more requests to your provider.</source>
        <translation>Plus court : des SMS plus rapides et davantage de requêtes à votre opérateur.</translation>
    </message>
    <message>
        <source>Wait before texting:</source>
        <translation>Attendre avant d&apos;envoyer le SMS :</translation>
    </message>
    <message>
        <source>Time to call back first: the text is cancelled if someone calls the customer meanwhile.</source>
        <translation>Le temps de rappeler d&apos;abord : le SMS est annulé si quelqu&apos;un appelle le client entre-temps.</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>Text the same number at most once every:</source>
        <translation>Envoyer un SMS au même numéro au plus une fois toutes les :</translation>
    </message>
    <message>
        <source>Several missed calls from one person get one text.</source>
        <translation>Plusieurs appels manqués d&apos;une même personne reçoivent un seul SMS.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Don&apos;t text calls older than:</source>
        <translation>Ne pas envoyer de SMS pour les appels de plus de :</translation>
    </message>
    <message>
        <source>Calls missed while this computer was off for longer are listed for a person to call back.</source>
        <translation>Les appels manqués pendant que cet ordinateur était éteint plus longtemps sont listés pour qu&apos;une personne rappelle.</translation>
    </message>
    <message>
        <source>A cell phone&apos;s voicemail picking up a forwarded call looks like a short answered call.</source>
        <translation>Quand la messagerie d&apos;un portable prend un appel transféré, cela ressemble à un appel décroché court.</translation>
    </message>
    <message>
        <source>e.g. US, CA</source>
        <translation>p. ex. FR, BE</translation>
    </message>
    <message>
        <source>Text only numbers in:</source>
        <translation>N&apos;envoyer de SMS qu&apos;aux numéros de :</translation>
    </message>
    <message>
        <source>Two-letter country codes, separated by commas. Empty: only your own country. This protects you from text fraud.</source>
        <translation>Codes pays à deux lettres, séparés par des virgules. Vide : uniquement votre pays. Cela vous protège de la fraude aux SMS.</translation>
    </message>
    <message>
        <source> texts per hour</source>
        <translation> SMS par heure</translation>
    </message>
    <message>
        <source>Automatic texts at most:</source>
        <translation>SMS automatiques au maximum :</translation>
    </message>
    <message>
        <source>Beyond this, texts wait for someone to approve them.</source>
        <translation>Au-delà, les SMS attendent qu&apos;une personne les approuve.</translation>
    </message>
    <message>
        <source>Send one follow-up when the caller has not replied</source>
        <translation>Relancer une fois si l&apos;appelant ne répond pas</translation>
    </message>
    <message>
        <source>Follow up after:</source>
        <translation>Relancer après :</translation>
    </message>
    <message>
        <source>Follow-ups are only sent between 8:00 and 21:00 in the caller&apos;s time zone.</source>
        <translation>Les relances ne sont envoyées qu&apos;entre 8 h 00 et 21 h 00 dans le fuseau horaire de l&apos;appelant.</translation>
    </message>
    <message>
        <source>Phone provider</source>
        <translation>Opérateur téléphonique</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton :</translation>
    </message>
    <message>
        <source>Run setup again...</source>
        <translation>Relancer la configuration...</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Kept on this computer only; other desks have their own.</source>
        <translation>Conservé sur cet ordinateur uniquement ; les autres postes ont les leurs.</translation>
    </message>
    <message>
        <source>Who works at this desk:</source>
        <translation>Qui travaille à ce poste :</translation>
    </message>
    <message>
        <source>Used for &quot;Mine&quot; in the Inbox and to show others who is replying.</source>
        <translation>Sert pour « Les miens » dans la boîte de réception et pour montrer aux autres qui répond.</translation>
    </message>
    <message>
        <source>Show a notification when a customer replies</source>
        <translation>Afficher une notification quand un client répond</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Calls, texts and leads are kept in:</source>
        <translation>Les appels, SMS et prospects sont conservés dans :</translation>
    </message>
    <message>
        <source>Demo office (no real calls or texts)</source>
        <translation>Bureau de démonstration (aucun vrai appel ni SMS)</translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation>Pas encore configuré</translation>
    </message>
    <message>
        <source>Twilio, Account SID %1</source>
        <translation>Twilio, Account SID %1</translation>
    </message>
    <message>
        <source>The demo needs no token.</source>
        <translation>La démo n&apos;a pas besoin de jeton.</translation>
    </message>
    <message>
        <source>Looking...</source>
        <translation>Recherche...</translation>
    </message>
    <message>
        <source>No numbers listed yet: run the setup to fetch them from your provider.</source>
        <translation>Aucun numéro pour l&apos;instant : lancez la configuration pour les obtenir de votre opérateur.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Count answers shorter than this as missed:</source>
        <translation>Compter comme manqués les appels décrochés de moins de :</translation>
    </message>
    <message>
        <source>Share with other desks…</source>
        <translation>Partager avec d’autres postes…</translation>
    </message>
    <message>
        <source>Keep the inbox in the office&apos;s PostgreSQL database, so every desk sees the same conversations.</source>
        <translation>Garder la boîte de réception dans la base PostgreSQL du bureau, pour que tous les postes voient les mêmes conversations.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Rien n&apos;a été enregistré : %1</translation>
    </message>
    <message>
        <source>Ringback restarts in the language you choose.</source>
        <translation>Ringback redémarre dans la langue choisie.</translation>
    </message>
    <message>
        <source>Customers waiting for a reply (all desks)</source>
        <translation>Clients qui attendent une réponse (tous les postes)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Remind every desk after:</source>
        <translation>Rappeler à tous les postes après :</translation>
    </message>
    <message>
        <source>During business hours, a customer who waits longer for an answer raises a notification at every desk, again every time this passes while they wait. 0: never.</source>
        <translation>Pendant les heures d&apos;ouverture, un client qui attend une réponse plus longtemps déclenche une notification sur tous les postes, puis à nouveau chaque fois que ce délai passe. 0 : jamais.</translation>
    </message>
    <message>
        <source>e.g. (512) 555-0147</source>
        <translation>ex. (512) 555-0147</translation>
    </message>
    <message>
        <source>Also text the owner at:</source>
        <translation>Prévenir aussi le patron par SMS au :</translation>
    </message>
    <message>
        <source>One text per waiting customer per hour at most, from the business number, while automatic texts are on. Empty: no texts.</source>
        <translation>Au plus un SMS par client en attente et par heure, depuis le numéro de l&apos;entreprise, tant que les SMS automatiques sont actifs. Vide : aucun SMS.</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> par minute</translation>
    </message>
    <message>
        <source>Watch ringing calls with at most:</source>
        <translation>Surveiller les appels qui sonnent avec au plus :</translation>
    </message>
    <message>
        <source>A ringing call is checked about once a second, so its text goes out as soon as it ends. 0 turns this off: calls are then found by the regular check.</source>
        <translation>Un appel qui sonne est vérifié environ une fois par seconde, pour que son SMS parte dès qu&apos;il se termine. 0 désactive cette surveillance : les appels sont alors trouvés par la vérification habituelle.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Vérification...</translation>
    </message>
    <message>
        <source>US texting:</source>
        <translation>SMS vers les États-Unis :</translation>
    </message>
    <message>
        <source>None: from the business number</source>
        <translation>Aucun : depuis le numéro de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Send texts through:</source>
        <translation>Envoyer les SMS par :</translation>
    </message>
    <message>
        <source>A Twilio messaging service sends from its registered numbers; replies still come to the business number.</source>
        <translation>Un service de messagerie Twilio envoie depuis ses numéros enregistrés ; les réponses arrivent toujours au numéro de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>Check for landlines first (about $0.008 a lookup)</source>
        <translation>Repérer les lignes fixes (env. 0,008 $ la recherche)</translation>
    </message>
    <message>
        <source>Twilio Lookup tells a mobile from a landline. Landlines, pagers and premium numbers are not texted; each new number is looked up once and remembered for 180 days.</source>
        <translation>Twilio Lookup distingue un mobile d&apos;une ligne fixe. Les lignes fixes, bipeurs et numéros surtaxés ne reçoivent pas de SMS ; chaque nouveau numéro est recherché une fois et mémorisé 180 jours.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>WhatsApp sender:</source>
        <translation>Expéditeur WhatsApp :</translation>
    </message>
    <message>
        <source>The number your Twilio account sends WhatsApp from (the business number or another). Empty: WhatsApp is off.</source>
        <translation>Le numéro d&apos;où votre compte Twilio envoie sur WhatsApp (celui de l&apos;entreprise ou un autre). Vide : WhatsApp désactivé.</translation>
    </message>
    <message>
        <source>WhatsApp templates:</source>
        <translation>Modèles WhatsApp :</translation>
    </message>
    <message>
        <source>Text-back by:</source>
        <translation>Réponse automatique par :</translation>
    </message>
    <message>
        <source>A missed caller has no open WhatsApp window: only an approved template can go. If WhatsApp refuses it or cannot deliver it, the text-back goes by SMS.</source>
        <translation>Un appelant manqué n&apos;a pas de fenêtre WhatsApp ouverte : seul un modèle approuvé peut partir. Si WhatsApp le refuse ou ne peut pas le remettre, la réponse part par SMS.</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp: %1</source>
        <translation>WhatsApp : %1</translation>
    </message>
    <message>
        <source>WhatsApp is off.</source>
        <translation>WhatsApp est désactivé.</translation>
    </message>
    <message>
        <source>Not listed yet.</source>
        <translation>Pas encore listés.</translation>
    </message>
    <message>
        <source>None approved: outside the 24-hour window nothing can be sent.</source>
        <translation>Aucun approuvé : hors de la fenêtre de 24 heures, rien ne peut être envoyé.</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>Approuvés : %1</translation>
    </message>
</context>
<context>
    <name>ringback::ui::SetupWizard</name>
    <message>
        <source>Set up Ringback</source>
        <translation>Configurer Ringback</translation>
    </message>
    <message>
        <source>Welcome to Ringback</source>
        <translation>Bienvenue dans Ringback</translation>
    </message>
    <message>
        <source>When a call to your business goes unanswered, Ringback texts the caller back within seconds, so the job does not go to the next company on the list. Their replies land in the Inbox, where anyone at the office can answer.

Setting up takes a few minutes: connect your phone account, pick the numbers to watch, tell Ringback your business name and opening hours, and check the first text callers will get. You can change everything later in Settings.</source>
        <translation>Quand un appel vers votre entreprise reste sans réponse, Ringback envoie un SMS à l&apos;appelant en quelques secondes, pour que le chantier ne parte pas chez l&apos;entreprise suivante de la liste. Les réponses arrivent dans la boîte de réception, où n&apos;importe qui au bureau peut répondre.

La configuration prend quelques minutes : connectez votre compte téléphonique, choisissez les numéros à surveiller, indiquez à Ringback le nom et les horaires de votre entreprise, et vérifiez le premier SMS que recevront les appelants. Vous pourrez tout modifier plus tard dans les Réglages.</translation>
    </message>
    <message>
        <source>You&apos;re all set</source>
        <translation>Tout est prêt</translation>
    </message>
    <message>
        <source>Click Finish and Ringback starts watching your calls. It texts back missed callers while it is running, so keep it open (it can sit in the background).</source>
        <translation>Cliquez sur Terminer et Ringback commence à surveiller vos appels. Il répond par SMS aux appels manqués tant qu&apos;il tourne : gardez-le ouvert (il peut rester en arrière-plan).</translation>
    </message>
    <message>
        <source>The Auth Token could not be saved, so nothing was changed: %1</source>
        <translation>L&apos;Auth Token n&apos;a pas pu être enregistré, rien n&apos;a donc été modifié : %1</translation>
    </message>
    <message>
        <source>Where this office&apos;s calls, texts and leads are kept</source>
        <translation>Où sont gardés les appels, les SMS et les prospects de ce bureau</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Sur cet ordinateur uniquement</translation>
    </message>
    <message>
        <source>Shared with other desks (the office&apos;s PostgreSQL database)</source>
        <translation>Partagés avec d’autres postes (la base PostgreSQL du bureau)</translation>
    </message>
    <message>
        <source>Set up the shared database…</source>
        <translation>Configurer la base partagée…</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Rien n&apos;a été enregistré : %1</translation>
    </message>
    <message>
        <source>The business hours could not be saved: %1</source>
        <translation>Les horaires de l&apos;entreprise n&apos;ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <source>Setup could not be marked as done: the database did not accept it.</source>
        <translation>La configuration n&apos;a pas pu être marquée comme terminée : la base de données ne l&apos;a pas acceptée.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::SharedDatabaseDialog</name>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Move this desk&apos;s data there</source>
        <translation>Y déplacer les données de ce poste</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Base partagée</translation>
    </message>
    <message>
        <source>office-pc or db.example.com</source>
        <translation>pc-bureau ou db.exemple.fr</translation>
    </message>
    <message>
        <source>Encrypt when the server can (prefer)</source>
        <translation>Chiffrer si le serveur le permet (prefer)</translation>
    </message>
    <message>
        <source>Always encrypt (require)</source>
        <translation>Toujours chiffrer (require)</translation>
    </message>
    <message>
        <source>Encrypt and check the server&apos;s certificate (verify-full)</source>
        <translation>Chiffrer et vérifier le certificat du serveur (verify-full)</translation>
    </message>
    <message>
        <source>Never encrypt (only on the office network)</source>
        <translation>Ne jamais chiffrer (seulement sur le réseau du bureau)</translation>
    </message>
    <message>
        <source>Every desk that uses the same shared database sees the same inbox. Ask whoever set up the office&apos;s database for these details.</source>
        <translation>Tous les postes qui utilisent la même base partagée voient la même boîte de réception. Demandez ces informations à la personne qui a installé la base du bureau.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base :</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Chiffrement :</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user name first.</source>
        <translation>Renseignez d’abord le serveur, la base et l’utilisateur.</translation>
    </message>
    <message>
        <source>Connected to %1. Ringback can use this shared database.</source>
        <translation>Connecté à %1. Ringback peut utiliser cette base partagée.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n record(s) to the shared database. This desk&apos;s own file stays as a backup.</source>
        <translation>
            <numerusform>%n enregistrement déplacé vers la base partagée. Le fichier propre à ce poste est gardé comme sauvegarde.</numerusform>
            <numerusform>%n enregistrements déplacés vers la base partagée. Le fichier propre à ce poste est gardé comme sauvegarde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Ce qu&apos;elles font</translation>
    </message>
</context>
<context>
    <name>ringback::ui::StartupOptionsGroup</name>
    <message>
        <source>Starting Ringback</source>
        <translation>Démarrage de Ringback</translation>
    </message>
    <message>
        <source>Start Ringback when I sign in</source>
        <translation>Démarrer Ringback à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Ringback then waits in the tray, so missed calls are texted back even before anyone opens its window.</source>
        <translation>Ringback attend alors dans la zone de notification : les appels manqués reçoivent leur SMS avant même que quelqu&apos;un ouvre sa fenêtre.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::TemplateEditor</name>
    <message>
        <source>The business name</source>
        <translation>Le nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>The caller&apos;s first name (left out when unknown)</source>
        <translation>Le prénom de l&apos;appelant (omis s&apos;il est inconnu)</translation>
    </message>
    <message>
        <source>Your booking link</source>
        <translation>Votre lien de réservation</translation>
    </message>
    <message>
        <source>When you open next, e.g. &quot;tomorrow at 7:00 AM&quot;</source>
        <translation>Quand vous rouvrez, p. ex. « demain à 7h00 »</translation>
    </message>
    <message>
        <source>The name of the person replying</source>
        <translation>Le nom de la personne qui répond</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Valeurs d&apos;exemple</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Vos informations</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>Insérer un champ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aperçu&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggestions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Suggestions&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Can&apos;t save yet: %1</source>
        <translation>Impossible d&apos;enregistrer pour l&apos;instant : %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1 characters · %2 · %3</source>
        <translation>%1 caractères · %2 · %3</translation>
    </message>
    <message>
        <source>No suggestions: this message reads well.</source>
        <translation>Aucune suggestion : ce message se lit bien.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln text(s)</source>
        <translation>
            <numerusform>%Ln SMS</numerusform>
            <numerusform>%Ln SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>160 per text</source>
        <translation>160 par SMS</translation>
    </message>
    <message>
        <source>70 per text</source>
        <translation>70 par SMS</translation>
    </message>
    <message>
        <source>Counted on the preview, with the values filled in. A text holds 160 characters (153 each when a message is split); €, {, }, [, ], ~, \, | and ^ count as two. Emoji and some symbols make each text shorter: 70 characters (67 when split).</source>
        <translation>Compté sur l&apos;aperçu, avec les valeurs remplies. Un SMS contient 160 caractères (153 chacun quand le message est découpé) ; €, {, }, [, ], ~, \, | et ^ comptent double. Les emoji et certains symboles raccourcissent chaque SMS : 70 caractères (67 une fois découpé).</translation>
    </message>
    <message>
        <source>A value filled in (such as the business name) has an emoji or a symbol that makes each text shorter (70 characters).</source>
        <translation>Une valeur remplie (comme le nom de l&apos;entreprise) contient un emoji ou un symbole qui raccourcit chaque SMS (70 caractères).</translation>
    </message>
    <message>
        <source>Emoji and some symbols make each text shorter (70 characters instead of 160). Here: %1 (highlighted above). Plain quotes and dashes, and no emoji, keep 160.</source>
        <translation>Les emoji et certains symboles raccourcissent chaque SMS (70 caractères au lieu de 160). Ici : %1 (surligné ci-dessus). Des guillemets et tirets simples, sans emoji, gardent 160.</translation>
    </message>
    <message>
        <source>This character makes each text shorter (70 characters instead of 160)</source>
        <translation>Ce caractère raccourcit chaque SMS (70 caractères au lieu de 160)</translation>
    </message>
</context>
<context>
    <name>ringback::ui::TemplatesPage</name>
    <message>
        <source>Missed call, while open</source>
        <translation>Appel manqué, pendant les horaires</translation>
    </message>
    <message>
        <source>Missed call, after hours</source>
        <translation>Appel manqué, hors horaires</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Reply to HELP</source>
        <translation>Réponse à HELP</translation>
    </message>
    <message>
        <source>Saved reply</source>
        <translation>Réponse type</translation>
    </message>
    <message>
        <source>Texted within seconds to a caller nobody could answer during opening hours.</source>
        <translation>Envoyé en quelques secondes à un appelant auquel personne n&apos;a pu répondre pendant les horaires d&apos;ouverture.</translation>
    </message>
    <message>
        <source>Texted to a caller who rang while you were closed. {next_open} says when you open again.</source>
        <translation>Envoyé à un appelant qui a appelé pendant la fermeture. {next_open} indique quand vous rouvrez.</translation>
    </message>
    <message>
        <source>Sent once if the caller has not answered the first text (switch it on in Settings).</source>
        <translation>Envoyé une fois si l&apos;appelant n&apos;a pas répondu au premier SMS (à activer dans les Réglages).</translation>
    </message>
    <message>
        <source>Sent when someone texts HELP or INFO. Carriers require it to name the business and say how to stop texts.</source>
        <translation>Envoyé quand quelqu&apos;un écrit HELP ou INFO. Les opérateurs exigent qu&apos;il indique le nom de l&apos;entreprise et comment arrêter les SMS.</translation>
    </message>
    <message>
        <source>A ready answer the office can pick in the inbox. Every desk sees the same list.</source>
        <translation>Une réponse toute prête que le bureau peut choisir dans la boîte de réception. Tous les postes voient la même liste.</translation>
    </message>
    <message>
        <source>(new saved reply)</source>
        <translation>(nouvelle réponse type)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Restore default…</source>
        <translation>Rétablir l&apos;original…</translation>
    </message>
    <message>
        <source>New saved reply</source>
        <translation>Nouvelle réponse type</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Horaires de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Réponses types</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (non enregistré)</translation>
    </message>
    <message>
        <source>Changed but not saved yet: select it and press Save.</source>
        <translation>Modifié mais pas encore enregistré : sélectionnez-le et cliquez sur Enregistrer.</translation>
    </message>
    <message>
        <source>Can&apos;t save an empty message: write something or restore the default.</source>
        <translation>Impossible d&apos;enregistrer un message vide : écrivez quelque chose ou rétablissez l&apos;original.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Pas encore enregistré.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>The saved replies could not be stored. Check the database is reachable, then save again.</source>
        <translation>Les réponses types n&apos;ont pas pu être conservées. Vérifiez que la base de données est accessible, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Restore the default message?</source>
        <translation>Rétablir le message d&apos;origine ?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; goes back to Ringback&apos;s suggested text. What you wrote is replaced.</source>
        <translation>« %1 » revient au texte proposé par Ringback. Ce que vous avez écrit est remplacé.</translation>
    </message>
    <message>
        <source>Restore default</source>
        <translation>Rétablir l&apos;original</translation>
    </message>
    <message>
        <source>Delete this saved reply?</source>
        <translation>Supprimer cette réponse type ?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is removed from every desk&apos;s list.</source>
        <translation>« %1 » est retiré de la liste de tous les postes.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Question: what they need</source>
        <translation>Question : leur besoin</translation>
    </message>
    <message>
        <source>Question: the address</source>
        <translation>Question : l&apos;adresse</translation>
    </message>
    <message>
        <source>Question: when to come</source>
        <translation>Question : quand passer</translation>
    </message>
    <message>
        <source>Question: a photo</source>
        <translation>Question : une photo</translation>
    </message>
    <message>
        <source>Asked after the caller&apos;s first reply, one question at a time, only while the lead card does not know the answer. Switch the questions on in the Intake tab.</source>
        <translation>Posée après la première réponse de l&apos;appelant, une question à la fois, seulement tant que la fiche ne connaît pas la réponse. Activez les questions dans l&apos;onglet Accueil.</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Intake questions</source>
        <translation>Questions d&apos;accueil</translation>
    </message>
</context>
<context>
    <name>ringback::ui::ThreadDelegate</name>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message numerus="yes">
        <source>View %n photo(s)</source>
        <translation>
            <numerusform>Voir %n photo</numerusform>
            <numerusform>Voir %n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Withdraws a text scheduled to be sent later</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <extracomment>The small mark on a message sent or received by WhatsApp (the product&apos;s name)</extracomment>
        <translation>WhatsApp</translation>
    </message>
</context>
<context>
    <name>ringback::ui::ThreadHeader</name>
    <message>
        <source>Assign to me</source>
        <translation>Me l&apos;attribuer</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Marquer non lu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody has it yet</source>
        <translation>Personne ne s&apos;en occupe</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Attribué à %1</translation>
    </message>
    <message>
        <source>Set who sits at this desk in Settings, This computer, to assign conversations to yourself.</source>
        <translation>Indiquez qui travaille à ce poste dans Réglages, Cet ordinateur, pour vous attribuer des conversations.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::ThreadModel</name>
    <message>
        <source>%1, %2</source>
        <extracomment>A date and time in the thread: &quot;Mar 2, 14:02&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Envoyé %1</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>Remis %1</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Lu %1</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>Non remis : %1</translation>
    </message>
    <message>
        <source>Cancelled, not sent</source>
        <translation>Annulé, non envoyé</translation>
    </message>
    <message>
        <source>Missed call %1</source>
        <extracomment>&quot;Missed call 14:02 – Not texted: a landline cannot receive texts, call them back&quot;</extracomment>
        <translation>Appel manqué %1</translation>
    </message>
    <message>
        <source>Missed call %1 – %2</source>
        <translation>Appel manqué %1 – %2</translation>
    </message>
    <message>
        <source>Missed call %1 – texted %2</source>
        <translation>Appel manqué %1 – SMS envoyé %2</translation>
    </message>
    <message>
        <source>Missed call %1 – text-back queued</source>
        <translation>Appel manqué %1 – SMS en attente</translation>
    </message>
    <message>
        <source>Missed call %1 – text-back waiting for approval</source>
        <translation>Appel manqué %1 – SMS en attente de validation</translation>
    </message>
    <message>
        <source>Missed call %1 – text-back not delivered</source>
        <translation>Appel manqué %1 – SMS non remis</translation>
    </message>
    <message>
        <source>Missed call %1 – text-back cancelled, they were reached by phone</source>
        <translation>Appel manqué %1 – SMS annulé, l&apos;appelant a été joint par téléphone</translation>
    </message>
    <message>
        <source>They wrote at %1: %2</source>
        <translation>Message reçu, %1 : %2</translation>
    </message>
    <message>
        <source>Automatic text, %1: %2</source>
        <translation>SMS automatique, %1 : %2</translation>
    </message>
    <message>
        <source>You wrote, %1: %2</source>
        <translation>Vous avez écrit, %1 : %2</translation>
    </message>
    <message>
        <source>Missed call %1 – text-back cancelled, they texted back</source>
        <translation>Appel manqué %1 – réponse par SMS annulée, la personne nous a écrit</translation>
    </message>
    <message>
        <source>Missed call %1 – text-back cancelled</source>
        <translation>Appel manqué %1 – réponse par SMS annulée</translation>
    </message>
    <message numerus="yes">
        <source>They wrote at %1, with %n photo(s): %2</source>
        <translation>
            <numerusform>Message reçu, %1, avec %n photo : %2</numerusform>
            <numerusform>Message reçu, %1, avec %n photos : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>When a scheduled text goes: &quot;Tue 8:00&quot; (short day name, time)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <extracomment>Under a text someone chose to send later: &quot;Scheduled for Tue 8:00&quot;</extracomment>
        <translation>Programmé pour %1</translation>
    </message>
    <message numerus="yes">
        <source>They wrote on WhatsApp at %1, with %n photo(s): %2</source>
        <translation>
            <numerusform>Message WhatsApp reçu, %1, avec %n photo : %2</numerusform>
            <numerusform>Message WhatsApp reçu, %1, avec %n photos : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>They wrote on WhatsApp at %1: %2</source>
        <translation>Message WhatsApp reçu, %1 : %2</translation>
    </message>
</context>
<context>
    <name>ringback::ui::ThreadView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
</context>
<context>
    <name>ringback::ui::TimeRangeListEdit</name>
    <message>
        <source>Add hours</source>
        <translation>Ajouter des horaires</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Ouvre</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Ferme</translation>
    </message>
    <message>
        <source>0:00 means midnight at the end of the day</source>
        <translation>0:00 signifie minuit en fin de journée</translation>
    </message>
    <message>
        <source>Remove these hours</source>
        <translation>Retirer ces horaires</translation>
    </message>
</context>
<context>
    <name>ringback::ui::TimeZonePicker</name>
    <message>
        <source>Type a city, e.g. Chicago</source>
        <translation>Tapez une ville, p. ex. Chicago</translation>
    </message>
    <message>
        <source>Pick the time zone the business is in: type part of a city&apos;s name, e.g. Chicago. Until then the hours stay in %1.</source>
        <translation>Choisissez le fuseau horaire de l&apos;entreprise : tapez une partie du nom d&apos;une ville, p. ex. Chicago. En attendant, les horaires restent en %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; fits several time zones: type the city and pick it from the list. Until then the hours stay in %2.</source>
        <translation>« %1 » correspond à plusieurs fuseaux horaires : tapez la ville et choisissez-la dans la liste. En attendant, les horaires restent en %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone: type part of a city&apos;s name and pick it from the list. Until then the hours stay in %2.</source>
        <translation>« %1 » n&apos;est pas un fuseau horaire : tapez une partie du nom d&apos;une ville et choisissez-la dans la liste. En attendant, les horaires restent en %2.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::TrayIcon</name>
    <message>
        <source>Open Ringback</source>
        <translation>Ouvrir Ringback</translation>
    </message>
    <message>
        <source>Quit Ringback</source>
        <translation>Quitter Ringback</translation>
    </message>
    <message>
        <source>Ringback is still running</source>
        <translation>Ringback fonctionne toujours</translation>
    </message>
    <message>
        <source>Missed callers are still texted back. To stop Ringback, choose Quit from this icon&apos;s menu.</source>
        <translation>Les appels manqués reçoivent toujours leur SMS. Pour arrêter Ringback, choisissez Quitter dans le menu de cette icône.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::WaitingReminder</name>
    <message>
        <source>%1 has waited %2 for a reply</source>
        <translation>%1 attend une réponse depuis %2</translation>
    </message>
    <message numerus="yes">
        <source>%n customers waiting over %1 min</source>
        <extracomment>A desktop notification: &quot;3 customers waiting over 10 min&quot;, then &quot;Longest: (512) 555-0147, 14 min&quot;</extracomment>
        <translation>
            <numerusform>%n client attend depuis plus de %1 min</numerusform>
            <numerusform>%n clients attendent depuis plus de %1 min</numerusform>
        </translation>
    </message>
    <message>
        <source>Longest: %1, %2</source>
        <translation>Le plus ancien : %1, %2</translation>
    </message>
</context>
<context>
    <name>ringback::ui::WhoIsTextingLabel</name>
    <message>
        <source>Nobody is texting!</source>
        <translation>Personne n&apos;envoie de SMS !</translation>
    </message>
    <message>
        <source>This PC is texting</source>
        <translation>Ce PC envoie les SMS</translation>
    </message>
    <message numerus="yes">
        <source>Texting from the always-on worker on %1 (last seen %n s ago)</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>SMS depuis le service permanent sur %1 (vu il y a %n s)</numerusform>
            <numerusform>SMS depuis le service permanent sur %1 (vu il y a %n s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Texting from %1 (last seen %n s ago)</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>SMS depuis %1 (vu il y a %n s)</numerusform>
            <numerusform>SMS depuis %1 (vu il y a %n s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Texting from the always-on worker on %1 (last seen %n min ago)</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>SMS depuis le service permanent sur %1 (vu il y a %n min)</numerusform>
            <numerusform>SMS depuis le service permanent sur %1 (vu il y a %n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Texting from %1 (last seen %n min ago)</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>SMS depuis %1 (vu il y a %n min)</numerusform>
            <numerusform>SMS depuis %1 (vu il y a %n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>No Ringback has texted missed callers back since %1.</source>
        <translation>Aucun Ringback n&apos;a répondu par SMS aux appels manqués depuis %1.</translation>
    </message>
    <message>
        <source>No Ringback is texting missed callers back.</source>
        <translation>Aucun Ringback ne répond par SMS aux appels manqués.</translation>
    </message>
    <message>
        <source>Keep a desk open in the tray, or run the always-on worker on a machine that stays on.</source>
        <translation>Laissez un poste ouvert dans la zone de notification, ou lancez le service permanent sur une machine qui reste allumée.</translation>
    </message>
</context>
</TS>
