class BaseOperator:
    def __init__(self, task_id, dag):
        self.task_id, self.upstream, self.downstream = task_id, [], []
        dag.add_task(self)

    def set_downstream(self, other):
        self.downstream.append(other)
        other.upstream.append(self)

    def __rshift__(self, other):
        for o in other if isinstance(other, list) else [other]:
            self.set_downstream(o)
        return other

    def __rrshift__(self, other):
        for o in other:
            o.set_downstream(self)
        return self

    def __lshift__(self, other):
        other.set_downstream(self)
        return other

    def execute(self, context):
        return self.task_id

class PythonOperator(BaseOperator):
    def __init__(self, task_id, dag, python_callable):
        super().__init__(task_id, dag)
        self.python_callable = python_callable

    def execute(self, context):
        return self.python_callable(**context)

class DAG:
    def __init__(self, dag_id):
        self.dag_id, self.tasks = dag_id, []

    def add_task(self, task):
        self.tasks.append(task)

    def topological(self):
        done, order = set(), []
        def visit(task):
            if task.task_id not in done:
                for up in task.upstream:
                    visit(up)
                done.add(task.task_id)
                order.append(task)
        for t in self.tasks:
            visit(t)
        return order

    def run(self):
        return [t.execute({"ds": "2024-01-01"}) for t in self.topological()]

def extract(ds):
    return f"extract {ds}"

def load(ds):
    return f"load {ds}"


dag = DAG("etl")
start = BaseOperator("start", dag)
a, b = PythonOperator("extract", dag, extract), PythonOperator("extract_b", dag, extract)
end = PythonOperator("load", dag, load)
start >> [a, b] >> end
print(dag.run())
