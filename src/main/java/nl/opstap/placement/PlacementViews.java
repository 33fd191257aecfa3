package nl.opstap.placement;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.opstap.access.Access;
import nl.opstap.access.Permission;
import nl.opstap.access.Role;
import nl.opstap.access.UserDirectory;
import nl.opstap.access.UserId;
import nl.opstap.access.UserSummary;
import nl.opstap.client.ClientRef;
import nl.opstap.employer.EmployerId;
import nl.opstap.employer.Employers;
import nl.opstap.vacancy.Vacancies;
import nl.opstap.vacancy.VacancyId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Names for the placement screens: employers, vacancies and jobcoaches of the client's municipality. Reads no client data. */
@Component
class PlacementViews {

    /** A choice in a select: its value and what the user reads. */
    record Option(UUID id, String label) {}

    /** A placement as listed in the client's file. */
    record Row(Placement placement, @Nullable String employerName, long held, int planned, long openSupport) {}

    private final Employers employers;
    private final Vacancies vacancies;
    private final UserDirectory users;

    PlacementViews(Employers employers, Vacancies vacancies, UserDirectory users) {
        this.employers = employers;
        this.vacancies = vacancies;
        this.users = users;
    }

    List<Option> employersOf(Access access, ClientRef client) {
        return employers.all(access.as(Permission.EMPLOYER_READ)).stream().filter(e -> e.municipality().equals(client.municipality()))
                .sorted(Comparator.comparing(e -> e.name().toLowerCase(java.util.Locale.ROOT)))
                .map(e -> new Option(e.id().value(), e.name())).toList();
    }

    List<Option> vacanciesOf(Access access, ClientRef client) {
        Access read = access.as(Permission.EMPLOYER_READ);
        var open = vacancies.open(read).stream().filter(v -> v.municipality().equals(client.municipality())).toList();
        Map<EmployerId, String> names = employers.names(read, open.stream().map(v -> v.employer()).collect(Collectors.toSet()));
        return open.stream().map(v -> new Option(v.id().value(), v.title() + " — " + names.getOrDefault(v.employer(), "?")))
                .sorted(Comparator.comparing(Option::label)).toList();
    }

    List<Option> jobcoachesOf(ClientRef client) {
        return users.holding(Role.JOBCOACH, Set.of(client.municipality())).stream()
                .map((UserSummary u) -> new Option(u.id().value(), u.displayName())).toList();
    }

    Map<UUID, String> employerNames(Access access, List<Placement> placements) {
        Set<EmployerId> ids = placements.stream().map(Placement::employer).filter(java.util.Objects::nonNull).map(EmployerId::new)
                .collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of() : employers.names(access.as(Permission.EMPLOYER_READ), ids).entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().value(), Map.Entry::getValue));
    }

    @Nullable String vacancyTitle(Access access, @Nullable UUID vacancy) {
        return vacancy == null ? null : vacancies.find(access.as(Permission.EMPLOYER_READ), new VacancyId(vacancy))
                .map(v -> v.title()).orElse(null);
    }

    @Nullable String userName(@Nullable UUID user) {
        return user == null ? null : users.displayNames(List.of(new UserId(user))).get(new UserId(user));
    }
}
