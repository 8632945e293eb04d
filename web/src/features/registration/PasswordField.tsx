import { Box, PasswordInput, Text, VisuallyHidden, type PasswordInputProps } from '@mantine/core';
import { CheckIcon, DotIcon } from '../../lib/icons';
import { passwordChecks, passwordStrength } from './password-policy';

const STRENGTH = ['—', 'Weak', 'Fair', 'Good', 'Strong'];
const STRENGTH_COLOR = ['gray', 'red', 'orange', 'teal', 'green'];

type Props = Omit<PasswordInputProps, 'value' | 'description'> & {
  label: string;
  value: string;
  /** The account's address, for the "not containing the e-mail name" rule (leave out if unknown). */
  email?: string;
};

// The description is a <p>: everything inside it is phrasing content (spans), lists via ARIA roles.
const block = { display: 'block' } as const;

/** A new password, with its rules ticked off live (the list is the input's description). */
export function PasswordField({ value, email, ...props }: Props) {
  const checks = passwordChecks(value, email);
  const strength = passwordStrength(value);
  return (
    <PasswordInput
      {...props}
      value={value}
      autoComplete="new-password"
      inputWrapperOrder={['label', 'input', 'error', 'description']}
      description={
        <Box component="span" style={block} mt={6}>
          <Box component="span" style={{ display: 'flex', gap: 4 }} aria-hidden="true">
            {[1, 2, 3, 4].map((step) => (
              <Box
                component="span"
                key={step}
                h={4}
                style={{
                  flex: 1,
                  borderRadius: 2,
                  background:
                    step <= strength
                      ? `var(--mantine-color-${STRENGTH_COLOR[strength]}-filled)`
                      : 'var(--mantine-color-default-border)',
                }}
              />
            ))}
          </Box>
          <Text component="span" size="xs" style={block} mt={4}>
            Strength: {STRENGTH[strength]}
          </Text>
          <Box component="span" role="list" style={block} mt={4}>
            {checks.map((check) => (
              <Box
                component="span"
                role="listitem"
                key={check.id}
                style={{ display: 'flex', alignItems: 'center', gap: 6 }}
              >
                {check.ok ? <CheckIcon size={14} color="var(--mantine-color-green-filled)" /> : <DotIcon size={14} />}
                <span>
                  {check.label}
                  <VisuallyHidden component="span">{check.ok ? ' (met)' : ' (not met yet)'}</VisuallyHidden>
                </span>
              </Box>
            ))}
          </Box>
        </Box>
      }
    />
  );
}
