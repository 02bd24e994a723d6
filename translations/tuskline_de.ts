<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Action</name>
    <message>
        <source>Post</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorisieren</translation>
    </message>
    <message>
        <source>Remove favourite</source>
        <translation>Favorit entfernen</translation>
    </message>
    <message>
        <source>Boost</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Undo boost</source>
        <translation>Nicht mehr teilen</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Lesezeichen setzen</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>Lesezeichen entfernen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Unfollow</source>
        <translation>Entfolgen</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Abstimmen</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server sent an answer Tuskline does not understand (%1).</source>
        <translation>Der Server hat eine Antwort gesendet, die Tuskline nicht versteht (%1).</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>Das Netzwerk ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The server address is not a valid web address.</source>
        <translation>Die Serveradresse ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>Refused to send the login to another server.</source>
        <translation>Die Anmeldedaten werden nicht an einen anderen Server gesendet.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1 MB, so it was not loaded.</source>
        <translation>Die Antwort des Servers war größer als %1 MB und wurde deshalb nicht geladen.</translation>
    </message>
    <message>
        <source>The server did not accept the request (400 Bad Request).</source>
        <translation>Der Server hat die Anfrage nicht angenommen (400 Bad Request).</translation>
    </message>
    <message>
        <source>You are not logged in, or your login has expired. Please log in again.</source>
        <translation>Du bist nicht angemeldet oder deine Anmeldung ist abgelaufen. Bitte melde dich erneut an.</translation>
    </message>
    <message>
        <source>You are not allowed to do this (403 Forbidden).</source>
        <translation>Dazu bist du nicht berechtigt (403 Forbidden).</translation>
    </message>
    <message>
        <source>Not found: it may have been deleted (404).</source>
        <translation>Nicht gefunden: Möglicherweise wurde es gelöscht (404).</translation>
    </message>
    <message>
        <source>The server gave up waiting for the request (408).</source>
        <translation>Der Server hat nicht länger auf die Anfrage gewartet (408).</translation>
    </message>
    <message>
        <source>This is gone from the server (410).</source>
        <translation>Das ist auf dem Server nicht mehr vorhanden (410).</translation>
    </message>
    <message>
        <source>That is too large for the server (413).</source>
        <translation>Das ist zu groß für den Server (413).</translation>
    </message>
    <message>
        <source>The server could not process this (422).</source>
        <translation>Der Server konnte das nicht verarbeiten (422).</translation>
    </message>
    <message>
        <source>Too many requests: the server asks to slow down. Try again in a moment.</source>
        <translation>Zu viele Anfragen: Der Server bittet darum, es langsamer angehen zu lassen. Versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server had an internal error (500). Try again later.</source>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten (500). Versuche es später noch einmal.</translation>
    </message>
    <message>
        <source>The server is unreachable behind its gateway (502). Try again later.</source>
        <translation>Der Server ist hinter seinem Gateway nicht erreichbar (502). Versuche es später noch einmal.</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable (503). Try again later.</source>
        <translation>Der Server ist vorübergehend nicht verfügbar (503). Versuche es später noch einmal.</translation>
    </message>
    <message>
        <source>The server took too long behind its gateway (504). Try again later.</source>
        <translation>Der Server hinter dem Gateway hat zu lange gebraucht (504). Versuche es später noch einmal.</translation>
    </message>
    <message>
        <source>The server answered %1 %2.</source>
        <translation>Der Server hat mit %1 %2 geantwortet.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Der Server hat mit HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server refused the connection. It may be down or the address is wrong.</source>
        <translation>Der Server hat die Verbindung abgelehnt. Vielleicht ist er nicht erreichbar oder die Adresse ist falsch.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor er geantwortet hat.</translation>
    </message>
    <message>
        <source>The server name could not be found. Check the address and your internet connection.</source>
        <translation>Der Servername wurde nicht gefunden. Überprüfe die Adresse und deine Internetverbindung.</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>Der Server hat zu lange für eine Antwort gebraucht.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established.</source>
        <translation>Es konnte keine sichere Verbindung zum Server hergestellt werden.</translation>
    </message>
    <message>
        <source>The network connection was lost.</source>
        <translation>Die Netzwerkverbindung wurde unterbrochen.</translation>
    </message>
    <message>
        <source>The network proxy could not be used: %1</source>
        <translation>Der Netzwerk-Proxy konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The server redirected too many times.</source>
        <translation>Der Server hat zu oft weitergeleitet.</translation>
    </message>
    <message>
        <source>A network error occurred: %1</source>
        <translation>Ein Netzwerkfehler ist aufgetreten: %1</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>Could not read the account list %1: %2</source>
        <translation>Die Kontenliste %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Use either --account or --instance, not both.</source>
        <translation>Verwende entweder --account oder --instance, nicht beides.</translation>
    </message>
    <message>
        <source>%1 is not a server address.</source>
        <translation>%1 ist keine Serveradresse.</translation>
    </message>
    <message>
        <source>This needs a login: pass --token (or set TUSKLINE_TOKEN) with --instance, or log in with &quot;tuskline-cli login %1&quot;.</source>
        <translation>Dafür ist eine Anmeldung nötig: Gib --token (oder setze TUSKLINE_TOKEN) zusammen mit --instance an oder melde dich mit „tuskline-cli login %1“ an.</translation>
    </message>
    <message>
        <source>--token needs --instance.</source>
        <translation>--token benötigt --instance.</translation>
    </message>
    <message>
        <source>There is no stored account %1. See &quot;tuskline-cli accounts&quot;.</source>
        <translation>Es gibt kein gespeichertes Konto %1. Siehe „tuskline-cli accounts“.</translation>
    </message>
    <message>
        <source>No account is logged in. Log in with &quot;tuskline-cli login URL&quot;, or pass --instance and --token.</source>
        <translation>Es ist kein Konto angemeldet. Melde dich mit „tuskline-cli login URL“ an oder gib --instance und --token an.</translation>
    </message>
    <message>
        <source>The saved login for %1 is gone. Please log in again.</source>
        <translation>Die gespeicherte Anmeldung für %1 ist nicht mehr vorhanden. Bitte melde dich erneut an.</translation>
    </message>
    <message>
        <source>The login for %1 could not be read from the keychain: %2</source>
        <translation>Die Anmeldung für %1 konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Unbekannter Fehler.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Check the token.</source>
        <translation>Überprüfe das Token.</translation>
    </message>
    <message>
        <source>Log in again with &quot;tuskline-cli login %1&quot;.</source>
        <translation>Melde dich mit „tuskline-cli login %1“ erneut an.</translation>
    </message>
    <message>
        <source>Run &quot;tuskline-cli --help&quot; for usage.</source>
        <translation>Rufe „tuskline-cli --help“ auf, um die Hilfe anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The disk is full; the cache of %1 cannot be written.</source>
        <translation>Der Datenträger ist voll; der Cache von %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The cache file %1 is read-only.</source>
        <translation>Die Cache-Datei %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The cache file %1 is damaged or not a database (%2).</source>
        <translation>Die Cache-Datei %1 ist beschädigt oder keine Datenbank (%2).</translation>
    </message>
    <message>
        <source>The cache file %1 cannot be opened (%2).</source>
        <translation>Die Cache-Datei %1 kann nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>The cache %1 failed: %2</source>
        <translation>Fehler im Cache %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the cache.</source>
        <translation>Der Ordner %1 für den Cache kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be written (journal mode %2).</source>
        <translation>Der Cache %1 kann nicht geschrieben werden (Journal-Modus %2).</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of Tuskline (schema %2, this version knows %3).</source>
        <translation>Der Cache %1 wurde von einer neueren Version von Tuskline geschrieben (Schema %2, diese Version kennt %3).</translation>
    </message>
    <message>
        <source>Upgrading the cache %1 to schema %2 failed: %3</source>
        <translation>Die Aktualisierung des Caches %1 auf Schema %2 ist fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <source>unknown time</source>
        <translation>unbekannte Zeit</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1 Sek.</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>Attachments: %1%2</source>
        <translation>Anhänge: %1%2</translation>
    </message>
    <message>
        <source> (sensitive)</source>
        <translation> (mit Inhaltswarnung)</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source>media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Poll (several choices):</source>
        <translation>Umfrage (mehrere Antworten möglich):</translation>
    </message>
    <message>
        <source>Poll:</source>
        <translation>Umfrage:</translation>
    </message>
    <message>
        <source> — %1%, votes: %2</source>
        <translation> — %1 %, Stimmen: %2</translation>
    </message>
    <message>
        <source>results hidden</source>
        <translation>Ergebnisse verborgen</translation>
    </message>
    <message>
        <source>votes: %1</source>
        <translation>Stimmen: %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation>endet %1</translation>
    </message>
    <message>
        <source>CW: %1</source>
        <translation>Inhaltswarnung: %1</translation>
    </message>
    <message>
        <source>Link: %1 &lt;%2&gt;</source>
        <translation>Link: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>⇄ @%1 boosted · %2</source>
        <translation>⇄ @%1 hat geteilt · %2</translation>
    </message>
    <message>
        <source>↳ in reply to %1</source>
        <translation>↳ Antwort auf %1</translation>
    </message>
    <message>
        <source>replies %1</source>
        <translation>Antworten %1</translation>
    </message>
    <message>
        <source>boosts %1</source>
        <translation>geteilt %1</translation>
    </message>
    <message>
        <source>favourites %1</source>
        <translation>Favoriten %1</translation>
    </message>
    <message>
        <source>favourited</source>
        <translation>favorisiert</translation>
    </message>
    <message>
        <source>boosted</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>als Lesezeichen gespeichert</translation>
    </message>
    <message>
        <source>you %1</source>
        <translation>von dir %1</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>boost id %1</source>
        <translation>Teilen-ID %1</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>geschützt</translation>
    </message>
    <message>
        <source>bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>posts %1</source>
        <translation>Beiträge %1</translation>
    </message>
    <message>
        <source>following %1</source>
        <translation>folgt %1</translation>
    </message>
    <message>
        <source>followers %1</source>
        <translation>Follower %1</translation>
    </message>
    <message>
        <source>you follow them</source>
        <translation>du folgst diesem Konto</translation>
    </message>
    <message>
        <source>follow requested</source>
        <translation>Follower-Anfrage gestellt</translation>
    </message>
    <message>
        <source>follows you</source>
        <translation>folgt dir</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 hat dich erwähnt</translation>
    </message>
    <message>
        <source>%1 posted</source>
        <translation>%1 hat etwas veröffentlicht</translation>
    </message>
    <message>
        <source>%1 boosted your post</source>
        <translation>%1 hat deinen Beitrag geteilt</translation>
    </message>
    <message>
        <source>%1 favourited your post</source>
        <translation>%1 hat deinen Beitrag favorisiert</translation>
    </message>
    <message>
        <source>%1 followed you</source>
        <translation>%1 folgt dir jetzt</translation>
    </message>
    <message>
        <source>%1 asked to follow you</source>
        <translation>%1 möchte dir folgen</translation>
    </message>
    <message>
        <source>A poll has ended (%1)</source>
        <translation>Eine Umfrage ist beendet (%1)</translation>
    </message>
    <message>
        <source>%1 edited a post</source>
        <translation>%1 hat einen Beitrag bearbeitet</translation>
    </message>
    <message>
        <source>%1 quoted your post</source>
        <translation>%1 hat deinen Beitrag zitiert</translation>
    </message>
    <message>
        <source>%1 signed up</source>
        <translation>%1 hat sich registriert</translation>
    </message>
    <message>
        <source>%1 filed a report</source>
        <translation>%1 hat eine Meldung eingereicht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>status id %1</source>
        <translation>Beitrags-ID %1</translation>
    </message>
    <message>
        <source>used %1 times recently</source>
        <translation>kürzlich %1-mal verwendet</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Tuskline</source>
        <translation>Tuskline</translation>
    </message>
    <message>
        <source>Your timelines will appear here.</source>
        <translation>Hier erscheinen deine Timelines.</translation>
    </message>
</context>
<context>
    <name>OAuth</name>
    <message>
        <source>Unknown application.</source>
        <translation>Unbekannte Anwendung.</translation>
    </message>
    <message>
        <source>The redirect URI is not registered for this application.</source>
        <translation>Die Weiterleitungs-URI ist für diese Anwendung nicht registriert.</translation>
    </message>
    <message>
        <source>Too many login attempts. Please wait a few minutes.</source>
        <translation>Zu viele Anmeldeversuche. Bitte warte ein paar Minuten.</translation>
    </message>
    <message>
        <source>Invalid login or password.</source>
        <translation>Benutzername oder Passwort ist ungültig.</translation>
    </message>
    <message>
        <source>Internal error.</source>
        <translation>Interner Fehler.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop Mastodon client</source>
        <translation>Mastodon-Client für den Desktop</translation>
    </message>
</context>
<context>
    <name>tusk::auth::AccountManager</name>
    <message>
        <source>The saved login for this account is gone. Please log in again.</source>
        <translation>Die gespeicherte Anmeldung für dieses Konto ist nicht mehr vorhanden. Bitte melde dich erneut an.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Es gibt kein Konto %1.</translation>
    </message>
    <message>
        <source>The server could not be told to forget the login (%1); it was removed from this computer.</source>
        <translation>Der Server konnte nicht angewiesen werden, die Anmeldung zu vergessen (%1); sie wurde von diesem Computer entfernt.</translation>
    </message>
</context>
<context>
    <name>tusk::auth::AccountStore</name>
    <message>
        <source>Could not read the account list %1: %2</source>
        <translation>Die Kontenliste %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The account list %1 is damaged (%2).</source>
        <translation>Die Kontenliste %1 ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>Could not save the account list %1: %2</source>
        <translation>Die Kontenliste %1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>tusk::auth::LoopbackListener</name>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>tusk::auth::OAuthLogin</name>
    <message>
        <source>The login was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Enter something like https://mastodon.social.</source>
        <translation>„%1“ ist keine Serveradresse. Gib etwas wie https://mastodon.social ein.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Could not open a local port for the login redirect.</source>
        <translation>Für die Weiterleitung bei der Anmeldung konnte kein lokaler Port geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 did not accept Tuskline as an app: %2</source>
        <translation>%1 hat Tuskline nicht als App akzeptiert: %2</translation>
    </message>
    <message>
        <source>%1 registered Tuskline but sent no client credentials.</source>
        <translation>%1 hat Tuskline registriert, aber keine Client-Zugangsdaten gesendet.</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message>
        <source>This login has already finished. You can close this tab.</source>
        <translation>Diese Anmeldung ist bereits abgeschlossen. Du kannst diesen Tab schließen.</translation>
    </message>
    <message>
        <source>The answer from the browser did not belong to this login (state mismatch). Please try logging in again.</source>
        <translation>Die Antwort vom Browser gehörte nicht zu dieser Anmeldung (state stimmt nicht überein). Bitte versuche erneut, dich anzumelden.</translation>
    </message>
    <message>
        <source>Login not accepted</source>
        <translation>Anmeldung nicht akzeptiert</translation>
    </message>
    <message>
        <source>This answer did not match the login Tuskline started. Please try again from Tuskline.</source>
        <translation>Diese Antwort passt nicht zu der Anmeldung, die Tuskline gestartet hat. Bitte versuche es erneut aus Tuskline heraus.</translation>
    </message>
    <message>
        <source>You denied Tuskline access to your account.</source>
        <translation>Du hast Tuskline den Zugriff auf dein Konto verweigert.</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>Der Server hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Login cancelled</source>
        <translation>Anmeldung abgebrochen</translation>
    </message>
    <message>
        <source>You can close this tab.</source>
        <translation>Du kannst diesen Tab schließen.</translation>
    </message>
    <message>
        <source>The server sent no login code.</source>
        <translation>Der Server hat keinen Anmeldecode gesendet.</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server sent no login code. Please try again.</source>
        <translation>Der Server hat keinen Anmeldecode gesendet. Bitte versuche es erneut.</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Tuskline received your login. You can close this tab and return to Tuskline.</source>
        <translation>Tuskline hat deine Anmeldung erhalten. Du kannst diesen Tab schließen und zu Tuskline zurückkehren.</translation>
    </message>
    <message>
        <source>No login code was entered.</source>
        <translation>Es wurde kein Anmeldecode eingegeben.</translation>
    </message>
    <message>
        <source>%1 did not accept the login code: %2</source>
        <translation>%1 hat den Anmeldecode nicht akzeptiert: %2</translation>
    </message>
    <message>
        <source>%1 sent no access token.</source>
        <translation>%1 hat kein Zugriffstoken gesendet.</translation>
    </message>
    <message>
        <source>Logged in, but %1 would not show the account: %2</source>
        <translation>Angemeldet, aber %1 hat das Konto nicht angezeigt: %2</translation>
    </message>
</context>
<context>
    <name>tusk::auth::TokenStore</name>
    <message>
        <source>No saved login was found in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems wurde keine gespeicherte Anmeldung gefunden.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so your login cannot be saved securely (%1). Install and unlock a keychain such as GNOME Keyring or KWallet, or allow Tuskline to keep the login for this session only.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher kann deine Anmeldung nicht sicher gespeichert werden (%1). Installiere und entsperre einen Schlüsselbund wie GNOME Keyring oder KWallet oder erlaube Tuskline, die Anmeldung nur für diese Sitzung zu behalten.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused (%1).</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert (%1).</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>The system keychain is not available: your login is kept for this session only and you will need to log in again next time.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: Deine Anmeldung wird nur für diese Sitzung behalten und du musst dich beim nächsten Mal erneut anmelden.</translation>
    </message>
</context>
<context>
    <name>tusk::cache::QueueRunner</name>
    <message>
        <source>The post this refers to could not be sent.</source>
        <translation>Der Beitrag, auf den sich das bezieht, konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Unknown queued action.</source>
        <translation>Unbekannte Aktion in der Warteschlange.</translation>
    </message>
</context>
<context>
    <name>tusk::cache::TimelineCache</name>
    <message>
        <source>The timeline cache could not be written.</source>
        <translation>Der Timeline-Cache konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>tusk::cache::TimelineLoader</name>
    <message>
        <source>The timeline could not be saved.</source>
        <translation>Die Timeline konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>tusk::cli</name>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Unbekannte Option --%1.</translation>
    </message>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation>Die Option --%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>Option --%1 takes no value.</source>
        <translation>Die Option --%1 erwartet keinen Wert.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>login needs the server address, e.g. tuskline-cli login https://mastodon.example</source>
        <translation>login braucht die Serveradresse, z. B. tuskline-cli login https://mastodon.example</translation>
    </message>
    <message>
        <source>%1 is not a server address.</source>
        <translation>%1 ist keine Serveradresse.</translation>
    </message>
    <message>
        <source>Could not reach %1</source>
        <translation>%1 ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Open this address in a browser, log in and approve Tuskline; then paste the code the server shows:</source>
        <translation>Öffne diese Adresse in einem Browser, melde dich an und erlaube Tuskline den Zugriff; füge dann den Code ein, den der Server anzeigt:</translation>
    </message>
    <message>
        <source>Open this address in a browser to log in (waiting for the answer):</source>
        <translation>Öffne diese Adresse in einem Browser, um dich anzumelden (warte auf die Antwort):</translation>
    </message>
    <message>
        <source>No code was given; not logged in.</source>
        <translation>Es wurde kein Code angegeben; nicht angemeldet.</translation>
    </message>
    <message>
        <source>The login was not completed in time.</source>
        <translation>Die Anmeldung wurde nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Logged in as @%1 on %2; this is now the default account.</source>
        <translation>Als @%1 auf %2 angemeldet; das ist jetzt das Standardkonto.</translation>
    </message>
    <message>
        <source>accounts takes no arguments.</source>
        <translation>accounts erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>There is no stored account %1.</source>
        <translation>Es gibt kein gespeichertes Konto %1.</translation>
    </message>
    <message>
        <source>%1 is now the default account.</source>
        <translation>%1 ist jetzt das Standardkonto.</translation>
    </message>
    <message>
        <source>No accounts. Log in with &quot;tuskline-cli login URL&quot;.</source>
        <translation>Keine Konten. Melde dich mit „tuskline-cli login URL“ an.</translation>
    </message>
    <message>
        <source>logout takes at most one account.</source>
        <translation>logout erwartet höchstens ein Konto.</translation>
    </message>
    <message>
        <source>No account is logged in.</source>
        <translation>Es ist kein Konto angemeldet.</translation>
    </message>
    <message>
        <source>Logging out did not finish in time.</source>
        <translation>Die Abmeldung wurde nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>Could not log out completely: %1</source>
        <translation>Die Abmeldung war nicht vollständig: %1</translation>
    </message>
    <message>
        <source>Logged out of %1.</source>
        <translation>Von %1 abgemeldet.</translation>
    </message>
    <message>
        <source>whoami takes no arguments.</source>
        <translation>whoami erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Could not fetch your account</source>
        <translation>Dein Konto konnte nicht abgerufen werden</translation>
    </message>
    <message>
        <source>instance takes no arguments.</source>
        <translation>instance erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Could not read what the server is</source>
        <translation>Die Angaben des Servers zu sich selbst konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The server&apos;s description of itself is unusable (%1).</source>
        <translation>Die Selbstbeschreibung des Servers ist unbrauchbar (%1).</translation>
    </message>
    <message>
        <source>  software: %1 %2 (Mastodon API %3)</source>
        <translation>  Software: %1 %2 (Mastodon-API %3)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>  posts: up to %1 characters, %2 attachments, polls of %3 options</source>
        <translation>  Beiträge: bis zu %1 Zeichen, %2 Anhänge, Umfragen mit %3 Optionen</translation>
    </message>
    <message>
        <source>  features: %1</source>
        <translation>  Funktionen: %1</translation>
    </message>
    <message>
        <source>  streaming: %1</source>
        <translation>  Streaming: %1</translation>
    </message>
    <message>
        <source>Which account? Give user or user@host.</source>
        <translation>Welches Konto? Gib benutzer oder benutzer@server an.</translation>
    </message>
    <message>
        <source>Could not look up %1</source>
        <translation>%1 konnte nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <source>Could not find %1</source>
        <translation>%1 konnte nicht gefunden werden</translation>
    </message>
    <message>
        <source>No account %1 was found.</source>
        <translation>Es wurde kein Konto %1 gefunden.</translation>
    </message>
    <message>
        <source>%1 needs an account: user or user@host.</source>
        <translation>%1 braucht ein Konto: benutzer oder benutzer@server.</translation>
    </message>
    <message>
        <source>Could not %1 @%2</source>
        <translation>„%1“ für @%2 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>You no longer follow @%1.</source>
        <translation>Du folgst @%1 nicht mehr.</translation>
    </message>
    <message>
        <source>You now follow @%1.</source>
        <translation>Du folgst jetzt @%1.</translation>
    </message>
    <message>
        <source>Asked @%1 to approve your follow request.</source>
        <translation>@%1 wurde gebeten, deine Follower-Anfrage zu bestätigen.</translation>
    </message>
    <message>
        <source>The server did not confirm following @%1.</source>
        <translation>Der Server hat nicht bestätigt, dass du @%1 folgst.</translation>
    </message>
    <message>
        <source>search needs something to search for.</source>
        <translation>search braucht einen Suchbegriff.</translation>
    </message>
    <message>
        <source>--type is one of accounts, statuses, hashtags.</source>
        <translation>--type muss accounts, statuses oder hashtags sein.</translation>
    </message>
    <message>
        <source>Could not search</source>
        <translation>Die Suche ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>post needs exactly one text argument (quote it, or use &quot;-&quot; to read it from stdin).</source>
        <translation>post braucht genau ein Textargument (setze es in Anführungszeichen oder lies es mit „-“ von stdin).</translation>
    </message>
    <message>
        <source>The post is empty.</source>
        <translation>Der Beitrag ist leer.</translation>
    </message>
    <message>
        <source>--visibility is one of public, unlisted, private, direct.</source>
        <translation>--visibility muss public, unlisted, private oder direct sein.</translation>
    </message>
    <message>
        <source>--alt describes the --media just before it.</source>
        <translation>--alt beschreibt das unmittelbar davor angegebene --media.</translation>
    </message>
    <message>
        <source>A poll needs at least two --poll options.</source>
        <translation>Eine Umfrage braucht mindestens zwei --poll-Optionen.</translation>
    </message>
    <message>
        <source>A post can have media or a poll, not both.</source>
        <translation>Ein Beitrag kann Medien oder eine Umfrage haben, nicht beides.</translation>
    </message>
    <message>
        <source>--poll-expires and --poll-multiple need --poll options.</source>
        <translation>--poll-expires und --poll-multiple benötigen --poll-Optionen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>%1 wird hochgeladen …</translation>
    </message>
    <message>
        <source>Could not upload %1</source>
        <translation>%1 konnte nicht hochgeladen werden</translation>
    </message>
    <message>
        <source>The server is still processing %1; try again later.</source>
        <translation>Der Server verarbeitet %1 noch; versuche es später noch einmal.</translation>
    </message>
    <message>
        <source>Could not publish the post</source>
        <translation>Der Beitrag konnte nicht veröffentlicht werden</translation>
    </message>
    <message>
        <source>thread needs the id of a post.</source>
        <translation>thread braucht die ID eines Beitrags.</translation>
    </message>
    <message>
        <source>Could not load post %1</source>
        <translation>Beitrag %1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Could not load the thread of %1</source>
        <translation>Der Thread von %1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>%1 needs the id of a post.</source>
        <translation>%1 braucht die ID eines Beitrags.</translation>
    </message>
    <message>
        <source>Could not %1 post %2</source>
        <translation>„%1“ für Beitrag %2 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Usage: tuskline-cli [GLOBAL OPTIONS] COMMAND [ARGS]

Commands:
</source>
        <translation>Verwendung: tuskline-cli [GLOBALE OPTIONEN] BEFEHL [ARGUMENTE]

Befehle:
</translation>
    </message>
    <message>
        <source>
Global options:
  --account ACCT         use this stored account instead of the default one
  --instance URL         talk to this server without a stored account
  --token TOKEN          access token for --instance (or set TUSKLINE_TOKEN,
                         which keeps it out of the process list)
  --json                 one entity per line as compact JSON
  --quiet                no confirmations or progress messages
  --help, --version

Exit codes: 0 ok, 2 usage, 3 login needed or rejected, 4 network,
5 server error or an answer that cannot be used, 1 local failure.
</source>
        <translation>
Globale Optionen:
  --account ACCT         gespeichertes Konto statt des Standardkontos nutzen
  --instance URL         mit diesem Server ohne gespeichertes Konto sprechen
  --token TOKEN          Zugriffstoken für --instance (oder TUSKLINE_TOKEN setzen,
                         dann erscheint es nicht in der Prozessliste)
  --json                 eine Entität pro Zeile als kompaktes JSON
  --quiet                keine Bestätigungen oder Fortschrittsmeldungen
  --help, --version

Exit-Codes: 0 ok, 2 falsche Verwendung, 3 Anmeldung nötig oder abgelehnt,
4 Netzwerk, 5 Serverfehler oder unbrauchbare Antwort, 1 lokaler Fehler.
</translation>
    </message>
    <message>
        <source>Usage: tuskline-cli [GLOBAL OPTIONS] %1
%2
</source>
        <translation>Verwendung: tuskline-cli [GLOBALE OPTIONEN] %1
%2
</translation>
    </message>
    <message>
        <source>Could not load %1</source>
        <translation>„%1“ konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Hier ist nichts.</translation>
    </message>
    <message>
        <source>timeline tag needs a hashtag.</source>
        <translation>timeline tag braucht einen Hashtag.</translation>
    </message>
    <message>
        <source>timeline needs one of: home, local, public, tag NAME, list ID.</source>
        <translation>timeline braucht eines von: home, local, public, tag NAME, list ID.</translation>
    </message>
    <message>
        <source>notifications takes no arguments.</source>
        <translation>notifications erwartet keine Argumente.</translation>
    </message>
</context>
<context>
    <name>tusk::cli::Command</name>
    <message>
        <source>login URL [--oob] [--no-browser]</source>
        <translation>login URL [--oob] [--no-browser]</translation>
    </message>
    <message>
        <source>Log in to a server in the browser. Without --oob a local port receives the answer; with --oob paste the code the server shows.</source>
        <translation>Im Browser bei einem Server anmelden. Ohne --oob empfängt ein lokaler Port die Antwort; mit --oob fügst du den Code ein, den der Server anzeigt.</translation>
    </message>
    <message>
        <source>accounts [--set-default ACCT]</source>
        <translation>accounts [--set-default ACCT]</translation>
    </message>
    <message>
        <source>List the stored accounts; * marks the default one.</source>
        <translation>Die gespeicherten Konten auflisten; * kennzeichnet das Standardkonto.</translation>
    </message>
    <message>
        <source>logout [ACCT]</source>
        <translation>logout [ACCT]</translation>
    </message>
    <message>
        <source>Revoke the login on the server and forget the account here.</source>
        <translation>Die Anmeldung auf dem Server widerrufen und das Konto hier vergessen.</translation>
    </message>
    <message>
        <source>whoami</source>
        <translation>whoami</translation>
    </message>
    <message>
        <source>Show the account the login belongs to.</source>
        <translation>Das Konto anzeigen, zu dem die Anmeldung gehört.</translation>
    </message>
    <message>
        <source>post TEXT|- [--cw TEXT] [--visibility public|unlisted|private|direct] [--language L] [--media FILE [--alt TEXT]]... [--sensitive] [--reply-to ID] [--poll OPTION]... [--poll-expires SECONDS] [--poll-multiple]</source>
        <translation>post TEXT|- [--cw TEXT] [--visibility public|unlisted|private|direct] [--language L] [--media FILE [--alt TEXT]]... [--sensitive] [--reply-to ID] [--poll OPTION]... [--poll-expires SECONDS] [--poll-multiple]</translation>
    </message>
    <message>
        <source>Publish a post (&quot;-&quot; reads it from stdin).</source>
        <translation>Einen Beitrag veröffentlichen („-“ liest ihn von stdin).</translation>
    </message>
    <message>
        <source>timeline home|local|public|tag NAME|list ID [--limit N] [--max-id ID] [--all]</source>
        <translation>timeline home|local|public|tag NAME|list ID [--limit N] [--max-id ID] [--all]</translation>
    </message>
    <message>
        <source>Show a timeline, newest first; --all follows the pages to the end.</source>
        <translation>Eine Timeline anzeigen, neueste zuerst; --all blättert bis zum Ende.</translation>
    </message>
    <message>
        <source>notifications [--limit N] [--max-id ID] [--all]</source>
        <translation>notifications [--limit N] [--max-id ID] [--all]</translation>
    </message>
    <message>
        <source>Show notifications, newest first.</source>
        <translation>Benachrichtigungen anzeigen, neueste zuerst.</translation>
    </message>
    <message>
        <source>thread ID</source>
        <translation>thread ID</translation>
    </message>
    <message>
        <source>Show a post with what it replies to and the replies.</source>
        <translation>Einen Beitrag mit dem, worauf er antwortet, und den Antworten darauf anzeigen.</translation>
    </message>
    <message>
        <source>fav ID</source>
        <translation>fav ID</translation>
    </message>
    <message>
        <source>Favourite a post.</source>
        <translation>Einen Beitrag favorisieren.</translation>
    </message>
    <message>
        <source>unfav ID</source>
        <translation>unfav ID</translation>
    </message>
    <message>
        <source>Take a favourite back.</source>
        <translation>Einen Favoriten zurücknehmen.</translation>
    </message>
    <message>
        <source>boost ID</source>
        <translation>boost ID</translation>
    </message>
    <message>
        <source>Boost a post.</source>
        <translation>Einen Beitrag teilen.</translation>
    </message>
    <message>
        <source>unboost ID</source>
        <translation>unboost ID</translation>
    </message>
    <message>
        <source>Take a boost back.</source>
        <translation>Das Teilen eines Beitrags zurücknehmen.</translation>
    </message>
    <message>
        <source>bookmark ID</source>
        <translation>bookmark ID</translation>
    </message>
    <message>
        <source>Bookmark a post.</source>
        <translation>Ein Lesezeichen für einen Beitrag setzen.</translation>
    </message>
    <message>
        <source>unbookmark ID</source>
        <translation>unbookmark ID</translation>
    </message>
    <message>
        <source>Remove a bookmark.</source>
        <translation>Ein Lesezeichen entfernen.</translation>
    </message>
    <message>
        <source>follow ACCT</source>
        <translation>follow ACCT</translation>
    </message>
    <message>
        <source>Follow an account (user or user@host).</source>
        <translation>Einem Konto folgen (benutzer oder benutzer@server).</translation>
    </message>
    <message>
        <source>unfollow ACCT</source>
        <translation>unfollow ACCT</translation>
    </message>
    <message>
        <source>Stop following an account.</source>
        <translation>Einem Konto nicht mehr folgen.</translation>
    </message>
    <message>
        <source>search QUERY [--type accounts|statuses|hashtags] [--resolve] [--limit N]</source>
        <translation>search QUERY [--type accounts|statuses|hashtags] [--resolve] [--limit N]</translation>
    </message>
    <message>
        <source>Search accounts, hashtags and posts.</source>
        <translation>Nach Konten, Hashtags und Beiträgen suchen.</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>instance</translation>
    </message>
    <message>
        <source>Show what the server is and what it supports (no login needed).</source>
        <translation>Anzeigen, was für ein Server das ist und was er unterstützt (keine Anmeldung nötig).</translation>
    </message>
    <message>
        <source>--%1 needs a number from %2 to %3.</source>
        <translation>--%1 braucht eine Zahl von %2 bis %3.</translation>
    </message>
</context>
<context>
    <name>tusk::cli::Statuses</name>
    <message>
        <source>Favourited %1.</source>
        <translation>%1 favorisiert.</translation>
    </message>
    <message>
        <source>Unfavourited %1.</source>
        <translation>%1 nicht mehr favorisiert.</translation>
    </message>
    <message>
        <source>Boosted %1.</source>
        <translation>%1 geteilt.</translation>
    </message>
    <message>
        <source>Unboosted %1.</source>
        <translation>%1 nicht mehr geteilt.</translation>
    </message>
    <message>
        <source>Bookmarked %1.</source>
        <translation>Lesezeichen für %1 gesetzt.</translation>
    </message>
    <message>
        <source>Removed the bookmark on %1.</source>
        <translation>Lesezeichen für %1 entfernt.</translation>
    </message>
</context>
<context>
    <name>tusk::entities</name>
    <message>
        <source>a CredentialAccount requires a source object</source>
        <translation>ein CredentialAccount erfordert ein source-Objekt</translation>
    </message>
    <message>
        <source>unknown entity kind: %1</source>
        <translation>unbekannte Entitätsart: %1</translation>
    </message>
</context>
<context>
    <name>tusk::entities::KindImpl</name>
    <message>
        <source>expected an array, got %1</source>
        <translation>Array erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>the re-serialised value does not parse: %1</source>
        <translation>der erneut serialisierte Wert lässt sich nicht parsen: %1</translation>
    </message>
    <message>
        <source>values differ after a round trip but serialise identically</source>
        <translation>die Werte unterscheiden sich nach einem Roundtrip, werden aber identisch serialisiert</translation>
    </message>
    <message>
        <source>round trip changed the value at %1</source>
        <translation>der Roundtrip hat den Wert bei %1 verändert</translation>
    </message>
</context>
<context>
    <name>tusk::json</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>einen Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>Array erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected an object (%1), got %2</source>
        <translation>Objekt (%1) erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>unusable value (%1) in %2</source>
        <translation>unbrauchbarer Wert (%1) in %2</translation>
    </message>
    <message>
        <source>%1 requires this field</source>
        <translation>%1 erfordert dieses Feld</translation>
    </message>
    <message>
        <source>expected an object (Markers), got %1</source>
        <translation>Objekt (Markers) erwartet, %1 erhalten</translation>
    </message>
</context>
<context>
    <name>tusk::server::Server</name>
    <message>
        <source>Cannot create the data directory %1</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The server has no data directory open</source>
        <translation>Der Server hat kein Datenverzeichnis geöffnet</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Lauschen auf %1:%2 nicht möglich: %3</translation>
    </message>
</context>
<context>
    <name>tusk::server::admin</name>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Das Passwort muss mindestens 8 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The password must have at most 72 characters.</source>
        <translation>Das Passwort darf höchstens 72 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Usernames are 1 to 30 letters, digits or underscores.</source>
        <translation>Benutzernamen bestehen aus 1 bis 30 Buchstaben, Ziffern oder Unterstrichen.</translation>
    </message>
    <message>
        <source>That username or e-mail address is already taken.</source>
        <translation>Dieser Benutzername oder diese E-Mail-Adresse ist bereits vergeben.</translation>
    </message>
    <message>
        <source>Could not hash the password.</source>
        <translation>Das Passwort konnte nicht gehasht werden.</translation>
    </message>
    <message>
        <source>Could not create the user.</source>
        <translation>Der Benutzer konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Diesen Benutzer gibt es nicht.</translation>
    </message>
    <message>
        <source>Could not store the password.</source>
        <translation>Das Passwort konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Unknown scope: %1</source>
        <translation>Unbekannter Scope: %1</translation>
    </message>
    <message>
        <source>Could not register the application.</source>
        <translation>Die Anwendung konnte nicht registriert werden.</translation>
    </message>
    <message>
        <source>Could not issue the token.</source>
        <translation>Das Token konnte nicht ausgestellt werden.</translation>
    </message>
</context>
<context>
    <name>tusk::server::api</name>
    <message>
        <source>Read all your account&apos;s data</source>
        <translation>Alle Daten deines Kontos lesen</translation>
    </message>
    <message>
        <source>Modify all your account&apos;s data</source>
        <translation>Alle Daten deines Kontos ändern</translation>
    </message>
    <message>
        <source>Modify account relationships</source>
        <translation>Beziehungen zu anderen Konten ändern</translation>
    </message>
    <message>
        <source>Receive push notifications</source>
        <translation>Push-Benachrichtigungen empfangen</translation>
    </message>
    <message>
        <source>Read only your account&apos;s profile information</source>
        <translation>Nur die Profilinformationen deines Kontos lesen</translation>
    </message>
    <message>
        <source>Read your %1</source>
        <translation>Lesezugriff auf %1</translation>
    </message>
    <message>
        <source>Change your %1</source>
        <translation>Schreibzugriff auf %1</translation>
    </message>
    <message>
        <source>Authorize %1</source>
        <translation>%1 autorisieren</translation>
    </message>
    <message>
        <source>%1 wants to use your account on %2.</source>
        <translation>%1 möchte dein Konto auf %2 verwenden.</translation>
    </message>
    <message>
        <source>It asks for permission to:</source>
        <translation>Die Anwendung bittet um folgende Berechtigungen:</translation>
    </message>
    <message>
        <source>Username or e-mail address</source>
        <translation>Benutzername oder E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>Autorisieren</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Authorization code</source>
        <translation>Autorisierungscode</translation>
    </message>
    <message>
        <source>Copy this code and paste it into the application.</source>
        <translation>Kopiere diesen Code und füge ihn in die Anwendung ein.</translation>
    </message>
    <message>
        <source>Authorization failed</source>
        <translation>Autorisierung fehlgeschlagen</translation>
    </message>
</context>
</TS>
