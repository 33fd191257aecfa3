package nl.opstap.employer;

import java.util.List;
import nl.opstap.access.Access;
import nl.opstap.access.EmployerOptions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The employers an administrator may link an EMPLOYER account to: those in the administrator's municipalities, by name. */
@Component
class AccountEmployerOptions implements EmployerOptions {

    private final EmployerRows employers;

    AccountEmployerOptions(EmployerRows employers) {
        this.employers = employers;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Option> within(Access admin) {
        return employers.all(admin.scope()).stream().map(e -> new Option(e.id().value(), e.name())).toList();
    }
}
