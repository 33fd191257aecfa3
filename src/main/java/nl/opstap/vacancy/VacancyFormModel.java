package nl.opstap.vacancy;

import java.util.List;
import nl.opstap.client.EducationLevel;
import nl.opstap.client.LoadLevel;
import nl.opstap.employer.EmployerSummary;
import nl.opstap.taxonomy.Occupations;
import nl.opstap.taxonomy.Skills;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** Fills the model of the vacancy form: the choices, the occupation suggestions and the skills of the chosen occupation. */
@Component
class VacancyFormModel {

    static final int SUGGESTIONS = 12;

    private final VacancyViews views;
    private final Occupations occupations;
    private final Skills skills;
    private final VacancyChecks checks;

    VacancyFormModel(VacancyViews views, Occupations occupations, Skills skills, VacancyChecks checks) {
        this.views = views;
        this.occupations = occupations;
        this.skills = skills;
        this.checks = checks;
    }

    /** The form as it is, with its errors (if any) already in the model. */
    String show(Model model, VacancyForm form, EmployerSummary employer, @Nullable Vacancy vacancy, int version, @Nullable String search) {
        model.addAttribute("form", form);
        model.addAttribute("employer", employer);
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("version", version);
        model.addAttribute("zoek", search == null ? "" : search);
        model.addAttribute("field", "occupation");
        model.addAttribute("proposed", model.containsAttribute("proposed") && Boolean.TRUE.equals(model.getAttribute("proposed")));
        model.addAttribute("hits", search == null || search.strip().length() < 2 ? List.of() : occupations.hits(search, SUGGESTIONS));
        model.addAttribute("occupationLabel", views.occupationLabel(form.occupation()));
        model.addAttribute("sectors", views.sectorChoices(employer.municipality()));
        model.addAttribute("competenceOptions", views.competenceChoices(employer.municipality()).stream()
                .map(c -> new VacancyViews.Option(c.id().toString(), c.name())).toList());
        model.addAttribute("requiredCompetenceIds", VacancyForm.list(form.requiredCompetences()).stream().map(Object::toString).toList());
        model.addAttribute("desiredCompetenceIds", VacancyForm.list(form.desiredCompetences()).stream().map(Object::toString).toList());
        model.addAttribute("educationLevels", EducationLevel.values());
        model.addAttribute("loadLevels", LoadLevel.values());
        skills(model, form.occupation(), VacancyForm.list(form.requiredSkills()), VacancyForm.list(form.desiredSkills()));
        return "vacancy/form";
    }

    /** A step that is not saving: searching an occupation, or proposing the chosen occupation's essential skills. */
    String step(Model model, VacancyForm form, EmployerSummary employer, @Nullable Vacancy vacancy, int version, String action,
                @Nullable String search) {
        VacancyForm shown = form;
        if (VacancyFormController.PROPOSE_SKILLS.equals(action) && known(form.occupation())) {
            shown = form.withRequiredSkills(checks.proposal(checks.occupation(VacancyForm.clean(form.occupation())).uri()));
            model.addAttribute("proposed", true);
        }
        String view = show(model, shown, employer, vacancy, version, VacancyFormController.SEARCH_OCCUPATION.equals(action) ? search : null);
        // A step is not an attempt to save: the form is not judged yet.
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(shown, "form"));
        return view;
    }

    /** The skill choices for an occupation, with those already chosen ticked (the htmx fragment uses this too). */
    void skills(Model model, @Nullable String occupation, List<String> required, List<String> desired) {
        String uri = known(occupation) ? checks.occupation(VacancyForm.clean(occupation)).uri() : null;
        model.addAttribute("skillsKnown", skills.size() > 0);
        model.addAttribute("occupationChosen", uri != null);
        model.addAttribute("requiredChoices", views.skillChoices(uri == null ? List.of() : skills.essentialSkillsOf(uri), required));
        model.addAttribute("desiredChoices", views.skillChoices(uri == null ? List.of() : skills.optionalSkillsOf(uri), desired));
        model.addAttribute("requiredSkills", required);
        model.addAttribute("desiredSkills", desired);
    }

    private boolean known(@Nullable String occupation) {
        return occupation != null && !occupation.isBlank()
                && (occupations.find(occupation.strip()).isPresent() || occupations.findByKey(occupation.strip()).isPresent());
    }
}
