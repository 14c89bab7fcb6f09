<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../../ui/bulkeditdialog.cpp" line="+36"/>
        <source>&amp;Apply to %n number(s)</source>
        <translation>
            <numerusform>&amp;Apply to %n number</numerusform>
            <numerusform>&amp;Apply to %n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Change %n number(s)</source>
        <translation>
            <numerusform>Change %n number</numerusform>
            <numerusform>Change %n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Choose what to change on all %n selected number(s). Numbers are changed one after another; a failure does not stop the others.</source>
        <translation>
            <numerusform>Choose what to change on the %n selected number.</numerusform>
            <numerusform>Choose what to change on all %n selected numbers. Numbers are changed one after another; a failure does not stop the others.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CharacterCounter</name>
    <message numerus="yes">
        <location filename="../../ui/charactercounter.cpp" line="+70"/>
        <source>%1 / %2 — %n too many</source>
        <translation>
            <numerusform>%1 / %2 — %n too many</numerusform>
            <numerusform>%1 / %2 — %n too many</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n character(s) over the limit of %1</source>
        <translation>
            <numerusform>%n character over the limit of %1</numerusform>
            <numerusform>%n characters over the limit of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message numerus="yes">
        <location filename="../../ui/connectiontester.cpp" line="+94"/>
        <source>The API key expires in %n day(s), on %1. Ask a workspace admin for a new key before then.</source>
        <translation>
            <numerusform>The API key expires in %n day, on %1. Ask a workspace admin for a new key before then.</numerusform>
            <numerusform>The API key expires in %n days, on %1. Ask a workspace admin for a new key before then.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpError</name>
    <message numerus="yes">
        <location filename="../../network/httperror.cpp" line="+100"/>
        <source>The server is rate limiting this workspace (429). Wait %n s and try again.</source>
        <translation>
            <numerusform>The server is rate limiting this workspace (429). Wait %n s and try again.</numerusform>
            <numerusform>The server is rate limiting this workspace (429). Wait %n s and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="+330"/>
        <source>Waiting for the server&apos;s rate limit (%n s)…</source>
        <translation>
            <numerusform>Waiting for the server&apos;s rate limit (%n s)…</numerusform>
            <numerusform>Waiting for the server&apos;s rate limit (%n s)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindowstate.cpp" line="+118"/>
        <location line="+12"/>
        <source>Numbers copied: %n</source>
        <translation>
            <numerusform>Numbers copied: %n</numerusform>
            <numerusform>Numbers copied: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+116"/>
        <source>Saved to %1 (numbers: %Ln)%2</source>
        <translation>
            <numerusform>Saved to %1 (%Ln number)%2</numerusform>
            <numerusform>Saved to %1 (%Ln numbers)%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingCall</name>
    <message numerus="yes">
        <location filename="../../network/pendingcall.cpp" line="+280"/>
        <source>Rate limited, retrying in %n s…</source>
        <translation>
            <numerusform>Rate limited, retrying in %n s…</numerusform>
            <numerusform>Rate limited, retrying in %n s…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The server is busy (%1), retrying in %n s…</source>
        <translation>
            <numerusform>The server is busy (%1), retrying in %n s…</numerusform>
            <numerusform>The server is busy (%1), retrying in %n s…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Connection problem, retrying in %n s…</source>
        <translation>
            <numerusform>Connection problem, retrying in %n s…</numerusform>
            <numerusform>Connection problem, retrying in %n s…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneNumberEdit</name>
    <message numerus="yes">
        <location filename="../../ui/phonenumberedit.cpp" line="+204"/>
        <source>Keep typing… %n more digit(s) expected</source>
        <translation>
            <numerusform>Keep typing… %n more digit expected</numerusform>
            <numerusform>Keep typing… %n more digits expected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Keep typing… %n more digit(s) expected (%1)</source>
        <translation>
            <numerusform>Keep typing… %n more digit expected (%1)</numerusform>
            <numerusform>Keep typing… %n more digits expected (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseActions</name>
    <message numerus="yes">
        <location filename="../../ui/purchaseactions.cpp" line="+90"/>
        <source>%n of the new numbers are hidden by the search or status filter.</source>
        <translation>
            <numerusform>%n of the new numbers is hidden by the search or status filter.</numerusform>
            <numerusform>%n of the new numbers are hidden by the search or status filter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseProgressPage</name>
    <message numerus="yes">
        <location filename="../../ui/purchaseprogresspage.cpp" line="+136"/>
        <source>%n number(s) bought.</source>
        <translation>
            <numerusform>%n number bought.</numerusform>
            <numerusform>%n numbers bought.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n taken meanwhile.</source>
        <translation>
            <numerusform>%n taken meanwhile.</numerusform>
            <numerusform>%n taken meanwhile.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not bought.</source>
        <translation>
            <numerusform>%n not bought.</numerusform>
            <numerusform>%n not bought.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unknown: check the numbers list before buying again.</source>
        <translation>
            <numerusform>%n unknown: check the numbers list before buying again.</numerusform>
            <numerusform>%n unknown: check the numbers list before buying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not attempted.</source>
        <translation>
            <numerusform>%n not attempted.</numerusform>
            <numerusform>%n not attempted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseReviewPage</name>
    <message numerus="yes">
        <location filename="../../ui/purchasereviewpage.cpp" line="+112"/>
        <source>Choosing “Buy” buys %n number(s) from the carrier on the telephony account %1, one after the other. The carrier bills each number it sells, usually every month until the number is released. Each bought number is added to this workspace as active, for incoming and outgoing calls. Calls to a new number reach no one until you choose the service that answers them, in the next steps. If a number is taken by someone else meanwhile, it is skipped and you can pick another; the rest are still bought.</source>
        <translation>
            <numerusform>Choosing “Buy” buys %n number from the carrier on the telephony account %1. The carrier bills each number it sells, usually every month until the number is released. The bought number is added to this workspace as active, for incoming and outgoing calls. Calls to a new number reach no one until you choose the service that answers them, in the next steps. If the number is taken by someone else meanwhile, it is skipped and you can pick another.</numerusform>
            <numerusform>Choosing “Buy” buys %n numbers from the carrier on the telephony account %1, one after the other. The carrier bills each number it sells, usually every month until the number is released. Each bought number is added to this workspace as active, for incoming and outgoing calls. Calls to a new number reach no one until you choose the service that answers them, in the next steps. If a number is taken by someone else meanwhile, it is skipped and you can pick another; the rest are still bought.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>I want to buy %n number(s).</source>
        <translation>
            <numerusform>I want to buy %n number.</numerusform>
            <numerusform>I want to buy %n numbers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Buy %n number(s)</source>
        <translation>
            <numerusform>&amp;Buy %n number</numerusform>
            <numerusform>&amp;Buy %n numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseSearchPage</name>
    <message numerus="yes">
        <location filename="../../ui/purchasesearchpage.cpp" line="+407"/>
        <source>up to %n number(s)</source>
        <translation>
            <numerusform>up to %n number</numerusform>
            <numerusform>up to %n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Nothing refined on this computer: showing all %n number(s) the carrier sent.</source>
        <translation>
            <numerusform>Nothing refined on this computer: showing the %n number the carrier sent.</numerusform>
            <numerusform>Nothing refined on this computer: showing all %n numbers the carrier sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Refined on this computer: %1. Showing %2 of the %n number(s) the carrier sent.</source>
        <translation>
            <numerusform>Refined on this computer: %1. Showing %2 of the %n number the carrier sent.</numerusform>
            <numerusform>Refined on this computer: %1. Showing %2 of the %n numbers the carrier sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The carrier sent %n number(s), but none matches the refinement on this computer (%1). Clear the locality or region text, untick a capability, or search a nearby area code.</source>
        <translation>
            <numerusform>The carrier sent %n number, but it does not match the refinement on this computer (%1). Clear the locality or region text, untick a capability, or search a nearby area code.</numerusform>
            <numerusform>The carrier sent %n numbers, but none matches the refinement on this computer (%1). Clear the locality or region text, untick a capability, or search a nearby area code.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n number(s) picked.</source>
        <translation>
            <numerusform>%n number picked.</numerusform>
            <numerusform>%n numbers picked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseWizard</name>
    <message numerus="yes">
        <location filename="../../ui/purchasewizard.cpp" line="+124"/>
        <source>%n number(s) were bought and are in your workspace: %1.</source>
        <translation>
            <numerusform>%n number was bought and is in your workspace: %1.</numerusform>
            <numerusform>%n numbers were bought and are in your workspace: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveNumberDialog</name>
    <message numerus="yes">
        <location filename="../../ui/removenumberdialog.cpp" line="+78"/>
        <source>No other loaded number forwards to it (%n number(s) loaded).</source>
        <translation>
            <numerusform>No other loaded number forwards to it (%n number loaded).</numerusform>
            <numerusform>No other loaded number forwards to it (%n numbers loaded).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Forwarded to by %n other number(s): %1. Their forwarding would lead nowhere.</source>
        <translation>
            <numerusform>Forwarded to by %n other number: %1. Its forwarding would lead nowhere.</numerusform>
            <numerusform>Forwarded to by %n other numbers: %1. Their forwarding would lead nowhere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableStatus</name>
    <message numerus="yes">
        <location filename="../../ui/tablestatus.cpp" line="+16"/>
        <source>Matches: %Ln among %1 loaded</source>
        <translation>
            <numerusform>Matches: %Ln among %1 loaded</numerusform>
            <numerusform>Matches: %Ln among %1 loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Loaded %Ln of %1 numbers</source>
        <translation>
            <numerusform>Loaded %Ln of %1 numbers</numerusform>
            <numerusform>Loaded %Ln of %1 numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Loaded so far: %Ln</source>
        <translation>
            <numerusform>Loaded so far: %Ln</numerusform>
            <numerusform>Loaded so far: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Loaded: %Ln; the list may be incomplete</source>
        <translation>
            <numerusform>Loaded: %Ln; the list may be incomplete</numerusform>
            <numerusform>Loaded: %Ln; the list may be incomplete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Numbers: %Ln loaded, but the server now counts %1; refresh (F5) to update</source>
        <translation>
            <numerusform>Numbers: %Ln loaded, but the server now counts %1; refresh (F5) to update</numerusform>
            <numerusform>Numbers: %Ln loaded, but the server now counts %1; refresh (F5) to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Numbers: %Ln, all loaded</source>
        <translation>
            <numerusform>Numbers: %Ln, all loaded</numerusform>
            <numerusform>Numbers: %Ln, all loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Filtered among %Ln loaded; load all to search everything.</source>
        <translation>
            <numerusform>Filtered among %Ln loaded; load all to search everything.</numerusform>
            <numerusform>Filtered among %Ln loaded; load all to search everything.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Sorted among %Ln loaded only</source>
        <translation>
            <numerusform>Sorted among %Ln loaded only</numerusform>
            <numerusform>Sorted among %Ln loaded only</numerusform>
        </translation>
    </message>
</context>
</TS>
