#include "seed.h"

#include "fictionalnumbers.h"
#include "store.h"

#include <QDateTime>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

const QDateTime seedEpoch = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);

QString timestamp(qint64 secondsAfterEpoch)
{
    return seedEpoch.addSecs(secondsAfterEpoch).toString(Qt::ISODateWithMs);
}

// Stable ids derived from the workspace, so that a demo workspace looks the same every time.
QString derivedId(const QString &workspaceId, const QString &name)
{
    return QUuid::createUuidV5(QUuid::fromString(workspaceId), name).toString(QUuid::WithoutBraces);
}

struct DemoService
{
    const char16_t *name;
    const char16_t *description;
    const char16_t *agentName;
    bool active;
};

constexpr DemoService demoServices[] = {
        {u"Front Desk Receptionist", u"Answers the main line, books and moves appointments.",
                u"Maya", true},
        {u"After-Hours Triage", u"Takes calls outside opening hours and escalates urgent ones.",
                u"Theo", true},
        {u"Prescription Refills", u"Collects refill requests and checks them against the chart.",
                u"Iris", true},
        {u"Billing Questions", u"Explains statements and takes card payments.", u"Noah", true},
        {u"Appointment Reminders", u"Outbound reminder calls the day before a visit.", u"Maya",
                false},
};

struct DemoNumber
{
    const char16_t *e164;
    const char16_t *displayName;
};

// About sixty numbers in fictional ranges: North America (555-01XX), the UK's drama ranges,
// Australia's, France's 01 99 00 and Germany's drama blocks.
constexpr DemoNumber demoNumbers[] = {
        {u"+12125550100", u"Main line — Manhattan"},
        {u"+12125550101", u"Manhattan pharmacy"},
        {u"+12125550142", u"Manhattan after hours"},
        {u"+17185550110", u"Brooklyn clinic"},
        {u"+17185550111", u"Brooklyn lab results"},
        {u"+14155550100", u"San Francisco front desk"},
        {u"+14155550123", u"San Francisco billing"},
        {u"+14155550199", u"San Francisco pediatrics"},
        {u"+13125550150", u"Chicago Loop clinic"},
        {u"+13125550151", u"Chicago imaging"},
        {u"+16175550120", u"Boston front desk"},
        {u"+16175550121", u"Boston physical therapy"},
        {u"+12065550130", u"Seattle main line"},
        {u"+15125550140", u"Austin clinic"},
        {u"+13035550160", u"Denver clinic"},
        {u"+13055550170", u"Miami main line"},
        {u"+13055550171", u"Miami Spanish line"},
        {u"+14045550180", u"Atlanta clinic"},
        {u"+17025550190", u"Las Vegas urgent care"},
        {u"+12025550112", u"Washington DC office"},
        {u"+12155550113", u"Philadelphia clinic"},
        {u"+16025550114", u"Phoenix clinic"},
        {u"+16195550115", u"San Diego clinic"},
        {u"+15035550116", u"Portland clinic"},
        {u"+18085550117", u"Honolulu clinic"},
        {u"+19075550118", u""},
        {u"+14165550100", u"Toronto main line"},
        {u"+14165550101", u"Toronto lab"},
        {u"+15145550102", u"Montréal — ligne principale"},
        {u"+16045550103", u"Vancouver clinic"},
        {u"+14035550104", u"Calgary clinic"},
        {u"+16135550105", u"Ottawa clinic"},
        {u"+19025550106", u""},
        {u"+442079460000", u"London Harley Street"},
        {u"+442079460001", u"London bookings"},
        {u"+442079460123", u"London after hours"},
        {u"+441134960000", u"Leeds clinic"},
        {u"+441614960000", u"Manchester clinic"},
        {u"+441314960000", u"Edinburgh clinic"},
        {u"+441414960000", u"Glasgow clinic"},
        {u"+441214960000", u"Birmingham clinic"},
        {u"+442890180000", u"Belfast clinic"},
        {u"+61255500000", u"Sydney CBD clinic"},
        {u"+61255500001", u"Sydney bookings"},
        {u"+61370100000", u"Melbourne clinic"},
        {u"+61370100001", u"Melbourne pathology"},
        {u"+61755500000", u"Brisbane clinic"},
        {u"+61870100000", u"Adelaide clinic"},
        {u"+61491570100", u"On-call doctor mobile"},
        {u"+33199000000", u"Paris — accueil"},
        {u"+33199000001", u"Paris — rendez-vous"},
        {u"+33199001234", u"Paris — urgences"},
        {u"+493023125000", u"Berlin Praxis"},
        {u"+493023125001", u"Berlin Terminvergabe"},
        {u"+494066969000", u"Hamburg Praxis"},
        {u"+498999998000", u"München Praxis"},
        {u"+496990009000", u"Frankfurt Praxis"},
        {u"+492214710000", u"Köln Praxis"},
        {u"+12125550155", u"Fax-to-voice test line"},
        {u"+14155550177", u"Old marketing campaign"},
};

const char16_t *const demoNotes[] = {
        u"",
        u"Published on the website and Google profile.",
        u"Porting from the previous carrier finished in March.",
        u"Callers are mostly Spanish-speaking; the agent greets in both languages.",
        u"",
        u"Printed on appointment cards — do not change the routing without telling the front desk.",
        u"",
        u"Temporary number for the flu-shot campaign.",
};

bool seedServices(Store *store, const QString &workspaceId, QStringList *serviceIds)
{
    qint64 offset = 0;
    for (const auto &demo : demoServices) {
        ServiceRecord service;
        service.id = derivedId(workspaceId, u"service:"_s + QString::fromUtf16(demo.name));
        service.workspaceId = workspaceId;
        service.name = QString::fromUtf16(demo.name);
        service.description = QString::fromUtf16(demo.description);
        service.agentId = derivedId(workspaceId, u"agent:"_s + QString::fromUtf16(demo.agentName));
        service.agentName = QString::fromUtf16(demo.agentName);
        service.contextGraphId = derivedId(workspaceId, u"graph:"_s + service.name);
        service.contextGraphName = service.name + u" flow"_s;
        service.isActive = demo.active;
        service.keyterms = {u"appointment"_s, u"prescription"_s};
        service.createdAt = service.updatedAt = timestamp(offset);
        offset += 3600;
        if (!store->insertService(&service))
            return false;
        *serviceIds << service.id;
    }
    return true;
}

bool seedDemoNumbers(Store *store, const QString &workspaceId, const QStringList &serviceIds)
{
    qint64 index = 0;
    for (const auto &demo : demoNumbers) {
        PhoneNumberRecord number;
        number.id = derivedId(workspaceId, u"number:"_s + QString::fromUtf16(demo.e164));
        number.workspaceId = workspaceId;
        number.phoneNumber = QString::fromUtf16(demo.e164);
        number.displayName = QString::fromUtf16(demo.displayName);
        number.status = (index % 7 == 5) ? u"inactive"_s : u"active"_s;
        if (index % 9 == 4)
            number.capabilities = {u"inbound"_s};
        if (index % 4 != 3)
            number.inboundServiceId = serviceIds.at(index % serviceIds.size());
        if (index % 3 == 0)
            number.providerPhoneSid = u"PN"_s
                    + QUuid::createUuidV5(QUuid(), number.phoneNumber).toString(QUuid::Id128);
        if (index % 11 == 6)
            number.provider = u"livekit"_s;
        number.notes = QString::fromUtf16(demoNotes[index % std::size(demoNotes)]);
        if (index % 5 == 2) {
            number.forwarding
                    = ForwardingRecord{index % 10 != 7, u"+12125550199"_s, index % 2 == 0};
        }
        number.createdAt = timestamp(86400 + index * 37 * 3600);
        number.updatedAt = timestamp(86400 + index * 37 * 3600 + (index % 6) * 86400);
        if (!store->insertPhoneNumber(&number))
            return false;
        ++index;
    }
    return true;
}

bool seedGeneratedNumbers(
        Store *store, const QString &workspaceId, const QStringList &serviceIds, int count)
{
    const auto &pool = FictionalNumbers::instance();
    for (int i = 0; i < count; ++i) {
        PhoneNumberRecord number;
        number.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        number.workspaceId = workspaceId;
        number.phoneNumber = pool.at(i);
        const auto &block = pool.blockOf(i);
        number.displayName = (block.locality.isEmpty() ? block.country : block.locality)
                + u" line "_s + QString::number(i + 1);
        number.status = (i % 5 == 4) ? u"inactive"_s : u"active"_s;
        if (i % 3 != 2)
            number.inboundServiceId = serviceIds.at(i % serviceIds.size());
        if (i % 8 == 3)
            number.forwarding = ForwardingRecord{true, u"+12125550199"_s, true};
        number.createdAt = number.updatedAt = timestamp(i);
        if (!store->insertPhoneNumber(&number))
            return false;
    }
    return true;
}

} // namespace

bool seedWorkspace(
        Store *store, const QString &workspaceId, Seed seed, int count, QString *errorMessage)
{
    const auto capacity = FictionalNumbers::instance().capacity();
    if (seed == Seed::Generated && (count < 0 || count > capacity)) {
        *errorMessage = u"Can generate at most %1 numbers."_s.arg(capacity);
        return false;
    }

    if (!store->beginTransaction()) {
        *errorMessage = store->lastError();
        return false;
    }

    WorkspaceRecord workspace;
    workspace.id = workspaceId;
    workspace.name = seed == Seed::Demo ? u"Amigo Demo Clinic"_s : u"Amigo Sandbox"_s;
    workspace.slug = seed == Seed::Demo ? u"amigo-demo-clinic"_s : u"amigo-sandbox"_s;
    workspace.createdAt = workspace.updatedAt = timestamp(0);

    QStringList serviceIds;
    bool ok = store->insertWorkspace(&workspace);
    if (ok && seed != Seed::None)
        ok = seedServices(store, workspaceId, &serviceIds);
    if (ok && seed == Seed::Demo)
        ok = seedDemoNumbers(store, workspaceId, serviceIds);
    if (ok && seed == Seed::Generated)
        ok = seedGeneratedNumbers(store, workspaceId, serviceIds, count);

    if (!ok || !store->commit()) {
        *errorMessage = store->lastError();
        store->rollback();
        return false;
    }
    return true;
}

} // namespace Sandbox
