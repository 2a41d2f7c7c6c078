package org.counterpart.mla.request;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.counterpart.events.workflow.CooperationKind;

/**
 * An MLA draft names the measure asked for, and no other kind does (routing would read it as an MLA
 * request's). Checked with the draft's other fields, so a draft's errors all come at once, on
 * {@code assistanceType}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MeasureOnlyForMla.Check.class)
@interface MeasureOnlyForMla {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<MeasureOnlyForMla, DraftRequest> {
        @Override
        public boolean isValid(DraftRequest draft, ConstraintValidatorContext context) {
            boolean mla = draft.kindOrDefault() == CooperationKind.MLA;
            if (mla == (draft.assistanceType() != null)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(mla ? "is required for an MLA request: the measure asked for"
                            : "only an MLA request names a measure, not " + draft.kindOrDefault())
                    .addPropertyNode("assistanceType").addConstraintViolation();
            return false;
        }
    }
}
