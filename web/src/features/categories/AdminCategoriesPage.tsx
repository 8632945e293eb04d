import { Container, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RequireSignIn } from '../auth';
import { AddCategoryForm } from './AddCategoryForm';
import { categoryKeys, fetchCategories } from './categories.api';
import { CategoryItem } from './CategoryItem';

function CategoryManager() {
  const [showRetired, setShowRetired] = useState(true);
  const categories = useQuery({ queryKey: categoryKeys.list(true), queryFn: () => fetchCategories(true) });
  const all = categories.data ?? [];
  const items = showRetired ? all : all.filter((c) => c.status === 'active');
  const retiredCount = all.filter((c) => c.status === 'retired').length;

  return (
    <Stack gap="lg">
      <AddCategoryForm />
      <Stack gap="sm" component="section" aria-labelledby="category-list-title">
        <Title order={2} size="h3" id="category-list-title">
          All categories
        </Title>
        {categories.isPending ? (
          <Skeleton height={200} aria-hidden="true" />
        ) : categories.isError ? (
          <ProblemAlert
            error={categories.error}
            title="Could not load the categories"
            onRetry={() => void categories.refetch()}
          />
        ) : (
          <>
            <Switch
              label={`Show retired categories (${retiredCount})`}
              checked={showRetired}
              onChange={(e) => setShowRetired(e.currentTarget.checked)}
            />
            <Text size="sm" role="status">
              {all.length - retiredCount} active, {retiredCount} retired.
            </Text>
            <Stack component="ul" gap="xs" p={0} m={0} aria-label="Categories" aria-busy={categories.isFetching}>
              {items.map((category) => (
                <CategoryItem key={category.slug} category={category} />
              ))}
            </Stack>
          </>
        )}
      </Stack>
    </Stack>
  );
}

export function AdminCategoriesPage() {
  return (
    <Container size="md" px={0}>
      <title>Categories · Admin · Seatwise</title>
      <Stack gap="lg">
        <Title order={1}>Categories</Title>
        <Text c="dimmed">
          The categories organizers pick for their events and visitors filter by. A retired category stays on the events
          that have it, but no event can pick it until it is restored.
        </Text>
        <RequireSignIn action="manage categories" roles={['admin']}>
          <CategoryManager />
        </RequireSignIn>
      </Stack>
    </Container>
  );
}
