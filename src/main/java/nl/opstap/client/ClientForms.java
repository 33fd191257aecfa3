package nl.opstap.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.opstap.access.Access;
import nl.opstap.access.Permission;
import nl.opstap.access.Role;
import nl.opstap.access.UserDirectory;
import nl.opstap.access.UserId;
import nl.opstap.organisation.Municipalities;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the client screens need besides the client: choice lists, names, form defaults, conflicts. */
@Component
class ClientForms {

    /** A list row with names resolved. */
    record ListItem(ClientRow row, String municipalityName, @Nullable String caseworkerName) {}

    /** A field another user changed in the meantime, with the value now stored. */
    record Conflict(String field, @Nullable Object storedValue) {}

    private final Municipalities municipalities;
    private final UserDirectory users;

    ClientForms(Municipalities municipalities, UserDirectory users) {
        this.municipalities = municipalities;
        this.users = users;
    }

    NewClient emptyRegistration(Access access) {
        List<MunicipalityCode> writable = List.copyOf(access.scope().municipalities());
        String municipality = writable.size() == 1 ? writable.getFirst().value() : "";
        ClientDetails details = new ClientDetails(municipality, "", "", null, "", null, null, null, null, null, "", null,
                null, null, null, null, null);
        boolean caseworker = access.user().hasRole(Role.CASEWORKER);
        return new NewClient(details, null, caseworker ? access.user().id().value() : null);
    }

    /** What the list's search form offers. */
    void addSearchChoices(Access access, Model model) {
        model.addAttribute("municipalities", municipalities.of(access.scope().municipalities()));
        model.addAttribute("writableMunicipalities",
                municipalities.of(access.user().scopeFor(Permission.CLIENT_WRITE).municipalities()));
        model.addAttribute("sorts", ClientSort.values());
        model.addAttribute("isCaseworker", access.user().hasRole(Role.CASEWORKER));
    }

    /** What the register and edit forms offer. */
    void addChoices(Access access, Model model) {
        addSearchChoices(access, model);
        model.addAttribute("caseworkers", users.holding(Role.CASEWORKER, access.user().scopeFor(Permission.CLIENT_WRITE).municipalities()));
        model.addAttribute("genders", Gender.values());
        model.addAttribute("educationLevels", EducationLevel.values());
        model.addAttribute("languageLevels", LanguageLevel.values());
        model.addAttribute("loadLevels", LoadLevel.values());
        model.addAttribute("benefitStatuses", BenefitStatus.values());
    }

    void addFileModel(Access access, ClientView view, Model model) {
        MunicipalityCode municipality = new MunicipalityCode(view.details().municipality());
        boolean canWrite = access.user().scopeFor(Permission.CLIENT_WRITE).contains(municipality);
        model.addAttribute("client", view);
        model.addAttribute("canWrite", canWrite);
        model.addAttribute("canSeeLog", access.user().scopeFor(Permission.PROCESSING_LOG_READ).contains(municipality));
        model.addAttribute("benefitStatuses", BenefitStatus.values());
        model.addAttribute("caseworkers", canWrite ? users.holding(Role.CASEWORKER, List.of(municipality)) : List.of());
    }

    PageResult<ListItem> withCaseworkerNames(PageResult<ClientRow> page) {
        Map<UserId, String> names = users.displayNames(page.content().stream().map(ClientRow::caseworker)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return page.map(row -> new ListItem(row, municipalities.nameOf(row.municipality()),
                row.caseworker() == null ? null : names.get(row.caseworker())));
    }

    /** The fields in which the submitted form and the stored details differ. */
    static List<Conflict> differences(ClientDetails mine, ClientDetails stored) {
        List<Conflict> conflicts = new ArrayList<>();
        compare(conflicts, "firstNames", mine.firstNames(), stored.firstNames());
        compare(conflicts, "infix", mine.infix(), stored.infix());
        compare(conflicts, "lastName", mine.lastName(), stored.lastName());
        compare(conflicts, "dateOfBirth", mine.dateOfBirth(), stored.dateOfBirth());
        compare(conflicts, "gender", mine.gender(), stored.gender());
        compare(conflicts, "street", mine.street(), stored.street());
        compare(conflicts, "houseNumber", mine.houseNumber(), stored.houseNumber());
        compare(conflicts, "postcode", mine.postcode(), stored.postcode());
        compare(conflicts, "city", mine.city(), stored.city());
        compare(conflicts, "phone", mine.phone(), stored.phone());
        compare(conflicts, "email", mine.email(), stored.email());
        compare(conflicts, "educationLevel", mine.educationLevel(), stored.educationLevel());
        compare(conflicts, "markers", mine.markers(), stored.markers());
        compare(conflicts, "matchingFacts", mine.matchingFacts(), stored.matchingFacts());
        compare(conflicts, "municipality", mine.municipality(), stored.municipality());
        if (!Bsn.normalise(mine.bsn()).equals(Bsn.normalise(stored.bsn()))) {
            conflicts.add(new Conflict("bsn", null));
        }
        return conflicts;
    }

    private static void compare(List<Conflict> conflicts, String field, @Nullable Object mine, @Nullable Object stored) {
        if (!Objects.equals(mine, stored)) {
            conflicts.add(new Conflict(field, stored instanceof Record ? null : stored));
        }
    }
}
